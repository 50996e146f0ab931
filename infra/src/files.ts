import { existsSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { parse, stringify } from 'yaml';
import { composeFile } from './compose.js';
import { deployables, repositoryRoot } from './deployables.js';
import { dockerfile, dockerignore } from './dockerfile.js';
import {
  denyAllIngress,
  deployableObjects,
  namespace,
  namespaceObject,
  scheduledBackups,
  secrets,
  supergraphObject,
} from './k8s.js';

/** A file this package writes: its path from the repository root and its content. */
export interface GeneratedFile {
  path: string;
  content: string;
}

const notice = (source: string) =>
  `# Written by \`pnpm infra:generate\` from ${source} and services/subgraphs.json: change those, not this file.\n`;

/** Several objects as one multi-document YAML file. */
export const yamlDocuments = (objects: readonly object[], source: string) =>
  notice(source) +
  objects.map((object) => stringify(object, { lineWidth: 0, aliasDuplicateObjects: false })).join('---\n');

const kustomization = (body: object, source: string) =>
  notice(source) +
  stringify(
    { apiVersion: 'kustomize.config.k8s.io/v1beta1', kind: 'Kustomization', ...body },
    { lineWidth: 0, aliasDuplicateObjects: false },
  );

/** A JSON patch (RFC 6902) applied to every object the target selects. */
const jsonPatch = (target: object, operations: object[]) => ({
  target,
  patch: stringify(operations, { lineWidth: 0, aliasDuplicateObjects: false }),
});

interface Image {
  name: string;
  newName?: string;
  newTag?: string;
  digest?: string;
}

/**
 * An overlay's images: what its kustomization says now (set to a release when deploying) for the
 * deployables still listed, and `fallbackTag` for a new one.
 */
function overlayImages(overlay: string, fallbackTag: string): Image[] {
  const file = path.join(repositoryRoot, 'infra/k8s/overlays', overlay, 'kustomization.yaml');
  const current = existsSync(file)
    ? ((parse(readFileSync(file, 'utf8')) as { images?: Image[] }).images ?? [])
    : [];
  return deployables.map(
    ({ name }) =>
      current.find((image) => image.name === `pamir/${name}`) ?? {
        name: `pamir/${name}`,
        newTag: fallbackTag,
      },
  );
}

const base = 'infra/k8s/base';
const k8sSource = 'infra/src/k8s.ts';
const filesSource = 'infra/src/files.ts';

function baseFiles(): GeneratedFile[] {
  const perDeployable = deployables.map((deployable) => ({
    path: `${base}/${deployable.name}.yaml`,
    content: yamlDocuments(deployableObjects(deployable), k8sSource),
  }));
  return [
    { path: `${base}/namespace.yaml`, content: yamlDocuments([namespaceObject], k8sSource) },
    { path: `${base}/network-policy.yaml`, content: yamlDocuments([denyAllIngress], k8sSource) },
    {
      path: `${base}/supergraph.yaml`,
      content: yamlDocuments([supergraphObject()], `${k8sSource}, packages/supergraph/supergraph.graphql`),
    },
    ...perDeployable,
    {
      path: `${base}/kustomization.yaml`,
      content: kustomization(
        {
          namespace,
          resources: [
            'namespace.yaml',
            'network-policy.yaml',
            'supergraph.yaml',
            ...deployables.map(({ name }) => `${name}.yaml`),
          ],
        },
        filesSource,
      ),
    },
  ];
}

const webEnvIndex = (name: string) => {
  const web = deployables.find((deployable) => deployable.kind === 'web');
  const env = (
    deployableObjects(web!)[0] as {
      spec: { template: { spec: { containers: { env: { name: string }[] }[] } } };
    }
  ).spec.template.spec.containers[0]!.env;
  return env.findIndex((variable) => variable.name === name);
};

/** One machine or a small cluster (kind, minikube): one replica, one database instance, images built here. */
function localOverlay(): GeneratedFile[] {
  return [
    {
      path: 'infra/k8s/overlays/local/kustomization.yaml',
      content: kustomization(
        {
          namespace,
          resources: ['../../base'],
          images: overlayImages('local', 'dev'),
          patches: [
            jsonPatch({ kind: 'HorizontalPodAutoscaler' }, [
              { op: 'replace', path: '/spec/minReplicas', value: 1 },
              { op: 'replace', path: '/spec/maxReplicas', value: 2 },
            ]),
            jsonPatch({ group: 'postgresql.cnpg.io', kind: 'Cluster' }, [
              { op: 'replace', path: '/spec/instances', value: 1 },
              { op: 'replace', path: '/spec/storage/size', value: '1Gi' },
            ]),
          ],
        },
        filesSource,
      ),
    },
  ];
}

/** Production: three database instances each, continuous backups to object storage, the public gateway URL. */
function productionOverlay(): GeneratedFile[] {
  const backup = {
    // The bucket every database backs up to; each cluster writes under its own name (serverName defaults to it).
    barmanObjectStore: {
      destinationPath: 's3://pamir-backups/',
      s3Credentials: {
        accessKeyId: { name: secrets.backups, key: 'ACCESS_KEY_ID' },
        secretAccessKey: { name: secrets.backups, key: 'ACCESS_SECRET_KEY' },
      },
      wal: { compression: 'gzip' },
      data: { compression: 'gzip' },
    },
    retentionPolicy: '30d',
  };
  return [
    {
      path: 'infra/k8s/overlays/production/backups.yaml',
      content: yamlDocuments(scheduledBackups(), k8sSource),
    },
    {
      path: 'infra/k8s/overlays/production/kustomization.yaml',
      content: kustomization(
        {
          namespace,
          resources: ['../../base', 'backups.yaml'],
          images: overlayImages('production', 'latest'),
          patches: [
            jsonPatch({ group: 'postgresql.cnpg.io', kind: 'Cluster' }, [
              { op: 'replace', path: '/spec/instances', value: 3 },
              { op: 'replace', path: '/spec/storage/size', value: '20Gi' },
              { op: 'add', path: '/spec/backup', value: backup },
            ]),
            // The gateway's address as browsers reach it: set to your own.
            jsonPatch({ kind: 'Deployment', name: 'web' }, [
              {
                op: 'replace',
                path: `/spec/template/spec/containers/0/env/${webEnvIndex('GATEWAY_URL')}/value`,
                value: 'https://pamir.example.org/graphql',
              },
            ]),
          ],
        },
        filesSource,
      ),
    },
  ];
}

/** Every file `pnpm infra:generate` writes. */
export function generatedFiles(): GeneratedFile[] {
  return [
    { path: '.dockerignore', content: dockerignore },
    ...deployables.map((deployable) => ({
      path: `${deployable.folder}/Dockerfile`,
      content: dockerfile(deployable),
    })),
    { path: 'infra/compose.yaml', content: composeFile() },
    ...baseFiles(),
    ...localOverlay(),
    ...productionOverlay(),
  ];
}

/** The generated files whose content on disk differs from what the generator writes now. */
export function staleFiles(): string[] {
  return generatedFiles()
    .filter((file) => {
      const onDisk = path.join(repositoryRoot, file.path);
      return !existsSync(onDisk) || readFileSync(onDisk, 'utf8') !== file.content;
    })
    .map((file) => file.path);
}
