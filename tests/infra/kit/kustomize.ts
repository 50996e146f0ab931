import { existsSync, readFileSync, statSync } from 'node:fs';
import path from 'node:path';
import { parseAllDocuments, parse } from 'yaml';

/** A Kubernetes object as the manifests hold it. */
export interface K8sObject {
  apiVersion: string;
  kind: string;
  metadata: {
    name: string;
    namespace?: string;
    labels?: Record<string, string>;
    annotations?: Record<string, string>;
  };
  [field: string]: unknown;
}

interface Target {
  group?: string;
  kind?: string;
  name?: string;
}

interface Kustomization {
  apiVersion?: string;
  kind?: string;
  namespace?: string;
  resources?: string[];
  images?: { name: string; newName?: string; newTag?: string; digest?: string }[];
  patches?: { target: Target; patch?: string; path?: string }[];
}

/**
 * The part of Kustomize the manifests use, so the tests can see what `kubectl apply -k` would
 * apply without the binary: resources (files, and folders holding a kustomization), namespace,
 * images, and JSON patches (RFC 6902) on a target. Anything else in a kustomization is an error
 * here, so a manifest cannot quietly rely on a feature these tests do not model.
 */
export function build(folder: string): K8sObject[] {
  const kustomization = parse(readFileSync(path.join(folder, 'kustomization.yaml'), 'utf8')) as Kustomization;
  const known = new Set(['apiVersion', 'kind', 'namespace', 'resources', 'images', 'patches']);
  const unknown = Object.keys(kustomization).filter((key) => !known.has(key));
  if (unknown.length)
    throw new Error(
      `${folder}/kustomization.yaml uses ${unknown.join(', ')}, which these tests do not model`,
    );

  let objects = (kustomization.resources ?? []).flatMap((resource) => {
    const at = path.join(folder, resource);
    if (!existsSync(at))
      throw new Error(`${folder}/kustomization.yaml names ${resource}, which does not exist`);
    return statSync(at).isDirectory() ? build(at) : readObjects(at);
  });
  for (const patch of kustomization.patches ?? []) {
    const operations = parse(
      patch.patch ?? readFileSync(path.join(folder, patch.path ?? ''), 'utf8'),
    ) as Operation[];
    if (!Array.isArray(operations)) throw new Error(`${folder}: only JSON patches are modelled`);
    const matched = objects.filter((object) => matches(object, patch.target));
    if (matched.length === 0)
      throw new Error(`${folder}: a patch's target ${JSON.stringify(patch.target)} matches nothing`);
    objects = objects.map((object) =>
      matches(object, patch.target) ? applyJsonPatch(object, operations) : object,
    );
  }
  for (const image of kustomization.images ?? []) objects = objects.map((object) => withImage(object, image));
  if (kustomization.namespace) {
    const namespace = kustomization.namespace;
    objects = objects.map((object) =>
      object.kind === 'Namespace' ? object : { ...object, metadata: { ...object.metadata, namespace } },
    );
  }
  return objects;
}

/** The objects of one YAML file (several documents allowed). */
export function readObjects(file: string): K8sObject[] {
  return parseAllDocuments(readFileSync(file, 'utf8')).map((document) => {
    if (document.errors.length) throw new Error(`${file}: ${document.errors[0]!.message}`);
    return document.toJS() as K8sObject;
  });
}

const groupOf = (apiVersion: string) => (apiVersion.includes('/') ? apiVersion.split('/')[0] : '');

function matches(object: K8sObject, target: Target): boolean {
  return (
    (target.kind === undefined || target.kind === object.kind) &&
    (target.name === undefined || target.name === object.metadata.name) &&
    (target.group === undefined || target.group === groupOf(object.apiVersion))
  );
}

interface Operation {
  op: 'add' | 'replace' | 'remove';
  path: string;
  value?: unknown;
}

/** add, replace and remove from RFC 6902; replace and remove need the path to exist, as Kustomize does. */
export function applyJsonPatch<T>(document: T, operations: readonly Operation[]): T {
  const copy = structuredClone(document) as unknown;
  for (const operation of operations) {
    const keys = operation.path
      .split('/')
      .slice(1)
      .map((key) => key.replaceAll('~1', '/').replaceAll('~0', '~'));
    const last = keys.pop();
    if (last === undefined) throw new Error(`a JSON patch cannot ${operation.op} the whole document`);
    let parent = copy as Record<string, unknown>;
    for (const key of keys) {
      const next = parent[key];
      if (next === null || typeof next !== 'object')
        throw new Error(`JSON patch ${operation.op} ${operation.path}: ${key} does not exist`);
      parent = next as Record<string, unknown>;
    }
    const exists = Array.isArray(parent) ? Number(last) < parent.length : last in parent;
    if (operation.op !== 'add' && !exists)
      throw new Error(`JSON patch ${operation.op} ${operation.path}: it does not exist`);
    if (operation.op === 'remove') {
      if (Array.isArray(parent)) parent.splice(Number(last), 1);
      else delete parent[last];
    } else if (Array.isArray(parent) && operation.op === 'add') {
      parent.splice(last === '-' ? parent.length : Number(last), 0, operation.value);
    } else {
      parent[last] = operation.value;
    }
  }
  return copy as T;
}

/** The pod template of a Deployment or Job, where images and environments live. */
export function podSpec(object: K8sObject): PodSpec | undefined {
  const spec = object['spec'] as { template?: { spec?: PodSpec } } | undefined;
  return spec?.template?.spec;
}

export interface Container {
  name: string;
  image: string;
  command?: string[];
  ports?: { name?: string; containerPort: number }[];
  env?: { name: string; value?: string; valueFrom?: { secretKeyRef?: { name: string; key: string } } }[];
  readinessProbe?: { httpGet?: { path: string; port: string | number } };
  livenessProbe?: { httpGet?: { path: string; port: string | number } };
  startupProbe?: { httpGet?: { path: string; port: string | number } };
  resources?: { requests?: Record<string, string>; limits?: Record<string, string> };
  volumeMounts?: { name: string; mountPath: string; subPath?: string }[];
}

export interface PodSpec {
  containers: Container[];
  initContainers?: Container[];
  volumes?: { name: string; configMap?: { name: string } }[];
}

function withImage(object: K8sObject, image: NonNullable<Kustomization['images']>[number]): K8sObject {
  const spec = podSpec(object);
  if (!spec) return object;
  const copy = structuredClone(object);
  for (const container of [...podSpec(copy)!.containers, ...(podSpec(copy)!.initContainers ?? [])]) {
    const [name] = container.image.split(/[:@]/);
    if (name !== image.name) continue;
    const reference = image.digest ? `@${image.digest}` : image.newTag ? `:${image.newTag}` : '';
    container.image = `${image.newName ?? image.name}${reference}`;
  }
  return copy;
}
