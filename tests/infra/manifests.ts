import path from 'node:path';
import {
  appSecretName,
  clusterName,
  deployables,
  repositoryRoot,
  secrets,
  subgraphDeployables,
  supergraphConfigMap,
  supergraphMountPath,
  type Deployable,
} from '@pamir/infra';
import { subgraphNames, urlVariable } from '@pamir/subgraph-list';
import { readSupergraph, supergraphPath } from '@pamir/supergraph/committed';
import { beforeAll, describe, expect, it } from 'vitest';
import { processConfiguration } from './kit/environment.js';
import { applyJsonPatch, build, podSpec, type Container, type K8sObject } from './kit/kustomize.js';
import { problems } from './kit/validate.js';

const overlays = ['local', 'production'] as const;
const built = Object.fromEntries(
  overlays.map((overlay) => [overlay, build(path.join(repositoryRoot, 'infra/k8s/overlays', overlay))]),
) as Record<(typeof overlays)[number], K8sObject[]>;

const ofKind = (objects: K8sObject[], kind: string) => objects.filter((object) => object.kind === kind);
const named = (objects: K8sObject[], kind: string, name: string) => {
  const found = objects.find((object) => object.kind === kind && object.metadata.name === name);
  if (!found) throw new Error(`no ${kind} ${name}`);
  return found;
};
const container = (object: K8sObject): Container => podSpec(object)!.containers[0]!;
const spec = <T>(object: K8sObject) => object['spec'] as T;
const selects = (selector: Record<string, string>, labels: Record<string, string> = {}) =>
  Object.entries(selector).every(([key, value]) => labels[key] === value);
/** The pods the manifests run: each Deployment's and Job's template labels, by object name. */
const pods = (objects: K8sObject[]) =>
  objects
    .filter((object) => object.kind === 'Deployment' || object.kind === 'Job')
    .map((object) => ({
      name: object.metadata.name,
      labels: (object['spec'] as { template: { metadata: { labels: Record<string, string> } } }).template
        .metadata.labels,
    }));

describe.each(overlays)('the %s overlay', (overlay) => {
  const objects = built[overlay];

  it('validates every object against its Kubernetes (or CloudNativePG) schema', () => {
    expect(objects.flatMap(problems)).toEqual([]);
    expect(new Set(objects.map((object) => `${object.kind}/${object.metadata.name}`)).size).toBe(
      objects.length,
    );
  });

  it('runs exactly the deployables of services/subgraphs.json, with a database and a migration for each subgraph', () => {
    const names = (kind: string) =>
      ofKind(objects, kind)
        .map((object) => object.metadata.name)
        .sort();
    const all = deployables.map((deployable) => deployable.name).sort();
    for (const kind of ['Deployment', 'Service', 'HorizontalPodAutoscaler', 'PodDisruptionBudget'])
      expect(names(kind), kind).toEqual(all);
    expect(names('Cluster')).toEqual(subgraphNames.map(clusterName).sort());
    expect(names('Job')).toEqual(subgraphNames.map((name) => `${name}-migrate`).sort());
    expect(names('NetworkPolicy')).toEqual(
      ['deny-all-ingress', ...all, ...subgraphNames.map(clusterName)].sort(),
    );
  });

  it('puts everything in one namespace, and holds no Secret', () => {
    expect(ofKind(objects, 'Secret')).toEqual([]);
    const namespaced = objects.filter((object) => object.kind !== 'Namespace');
    expect(new Set(namespaced.map((object) => object.metadata.namespace))).toEqual(new Set(['pamir']));
  });

  describe.each(deployables.map((deployable) => [deployable.name, deployable] as const))(
    '%s',
    (_, deployable: Deployable) => {
      const configuration = processConfiguration(deployable);
      // Looked up per test, so a deployable with no manifests fails its own tests, naming what is missing.
      let deployment: K8sObject;
      let main: Container;
      let labels: Record<string, string>;
      beforeAll(() => {
        deployment = named(objects, 'Deployment', deployable.name);
        main = container(deployment);
        labels = (deployment['spec'] as { template: { metadata: { labels: Record<string, string> } } })
          .template.metadata.labels;
      });

      it('listens on the port its configuration defaults to, and the Service and probes use it', () => {
        expect(main.ports).toEqual([{ name: 'http', containerPort: configuration.port }]);
        const service = spec<{
          selector: Record<string, string>;
          ports: { port: number; targetPort: string }[];
        }>(named(objects, 'Service', deployable.name));
        expect(service.ports).toEqual([{ name: 'http', port: configuration.port, targetPort: 'http' }]);
        expect(selects(service.selector, labels)).toBe(true);
        // Only this deployable's pods answer behind its Service (not its migration Job's).
        expect(
          pods(objects)
            .filter((pod) => selects(service.selector, pod.labels))
            .map((pod) => pod.name),
        ).toEqual([deployable.name]);
        expect(main.readinessProbe?.httpGet).toEqual({ path: '/ready', port: 'http' });
        expect(main.livenessProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
        expect(main.startupProbe?.httpGet).toEqual({ path: '/health', port: 'http' });
      });

      it('sets only variables its process reads, secrets from Secrets', () => {
        const env = main.env ?? [];
        expect(env.map((variable) => variable.name).filter((name) => !configuration.read.has(name))).toEqual(
          [],
        );
        for (const variable of env.filter((v) => /SECRET|DATABASE_URL/.test(v.name))) {
          expect(variable.value, variable.name).toBeUndefined();
          expect(variable.valueFrom?.secretKeyRef, variable.name).toBeDefined();
        }
        const value = (name: string) => env.find((variable) => variable.name === name);
        if (deployable.kind !== 'web') {
          expect(value('PAMIR_GATEWAY_SECRET')?.valueFrom?.secretKeyRef).toEqual({
            name: secrets.gateway,
            key: 'secret',
          });
          expect(value('HOST')?.value).toBe('0.0.0.0');
          // Every peer at its Service, on the port that Service serves.
          for (const peer of subgraphDeployables) {
            const url = new URL(value(urlVariable(peer.name))?.value ?? 'http://missing');
            const service = spec<{ ports: { port: number }[] }>(named(objects, 'Service', url.hostname));
            expect([url.pathname, Number(url.port)], urlVariable(peer.name)).toEqual([
              '/graphql',
              service.ports[0]!.port,
            ]);
          }
        }
        if (deployable.kind === 'subgraph') {
          expect(value(`${deployable.name.toUpperCase()}_DATABASE_URL`)?.valueFrom?.secretKeyRef).toEqual({
            name: appSecretName(deployable.name),
            key: 'uri',
          });
          expect(value('PAMIR_JWT_SECRET')?.valueFrom?.secretKeyRef).toEqual({
            name: secrets.jwt,
            key: 'secret',
          });
        }
      });

      it('asks for resources and is bounded, scaled by an autoscaler, kept up by a disruption budget', () => {
        for (const bound of ['requests', 'limits'] as const)
          expect(Object.keys(main.resources?.[bound] ?? {}).sort()).toEqual(['cpu', 'memory']);
        expect(
          spec<{ scaleTargetRef: object }>(named(objects, 'HorizontalPodAutoscaler', deployable.name))
            .scaleTargetRef,
        ).toEqual({
          apiVersion: 'apps/v1',
          kind: 'Deployment',
          name: deployable.name,
        });
        const budget = spec<{ selector: { matchLabels: Record<string, string> } }>(
          named(objects, 'PodDisruptionBudget', deployable.name),
        );
        expect(selects(budget.selector.matchLabels, labels)).toBe(true);
        expect(main.image).toMatch(new RegExp(`^pamir/${deployable.name}:`));
      });

      it.runIf(deployable.kind !== 'web')(
        'reads the supergraph from the ConfigMap, mounted where the process reads it',
        () => {
          const mount = main.volumeMounts?.find(
            (volumeMount) => volumeMount.mountPath === supergraphMountPath,
          );
          expect(supergraphMountPath).toBe(`/app/${path.relative(repositoryRoot, supergraphPath)}`);
          const volume = podSpec(deployment)!.volumes?.find((candidate) => candidate.name === mount?.name);
          expect(volume?.configMap?.name).toBe(supergraphConfigMap);
          expect(mount?.subPath).toBe('supergraph.graphql');
        },
      );
    },
  );

  it('holds the committed supergraph in its ConfigMap', () => {
    expect(
      (named(objects, 'ConfigMap', supergraphConfigMap)['data'] as Record<string, string>)[
        'supergraph.graphql'
      ],
    ).toBe(readSupergraph());
  });

  describe.each(subgraphNames.map((name) => [name]))('the %s subgraph', (name) => {
    it('is reached only by the gateway and its peer subgraphs; its database only by itself', () => {
      const reachable = (policyName: string) => {
        const policy = spec<{
          podSelector: { matchLabels: Record<string, string> };
          ingress: {
            from?: { podSelector?: { matchLabels: Record<string, string> }; namespaceSelector?: object }[];
          }[];
        }>(named(objects, 'NetworkPolicy', policyName));
        const callers = policy.ingress.flatMap((rule) => rule.from ?? [{}]);
        return {
          selector: policy.podSelector.matchLabels,
          from: pods(objects)
            .filter((pod) =>
              callers.some(
                (caller) => caller.podSelector && selects(caller.podSelector.matchLabels, pod.labels),
              ),
            )
            .map((pod) => pod.name)
            .sort(),
          anyone: callers.some((caller) => !caller.podSelector && !caller.namespaceSelector),
        };
      };
      const subgraph = reachable(name);
      expect(
        pods(objects)
          .filter((pod) => selects(subgraph.selector, pod.labels))
          .map((pod) => pod.name),
      ).toEqual([name]);
      expect(subgraph.from).toEqual(['gateway', ...subgraphNames].sort());
      expect(subgraph.anyone).toBe(false);
      const database = reachable(clusterName(name));
      expect(database.selector).toEqual({ 'cnpg.io/cluster': clusterName(name) });
      expect(database.from).toEqual([name, `${name}-migrate`].sort());
      expect(database.anyone).toBe(false);
    });

    it('migrates with a Job of the same image and database, by the migrate command', () => {
      const job = container(named(objects, 'Job', `${name}-migrate`));
      const deployment = container(named(objects, 'Deployment', name));
      expect(job.image).toBe(deployment.image);
      expect(job.command).toEqual(['node', 'dist/index.js', 'migrate']);
      expect(job.env).toEqual(
        deployment.env?.filter((variable) => variable.name === `${name.toUpperCase()}_DATABASE_URL`),
      );
    });

    it('has its own database, as services/subgraphs.json names it', () => {
      const cluster = spec<{ bootstrap: { initdb: { database: string } } }>(
        named(objects, 'Cluster', clusterName(name)),
      );
      expect(cluster.bootstrap.initdb.database).toBe(
        subgraphDeployables.find((d) => d.name === name)?.subgraph?.database,
      );
    });
  });
});

describe('the production overlay', () => {
  it('backs every database up to object storage, continuously and each night, with credentials from a Secret', () => {
    for (const name of subgraphNames) {
      const backup = spec<{
        backup?: {
          barmanObjectStore?: { destinationPath: string; s3Credentials: Record<string, { name: string }> };
        };
      }>(named(built.production, 'Cluster', clusterName(name))).backup;
      expect(backup?.barmanObjectStore?.destinationPath).toMatch(/^s3:\/\//);
      expect(
        Object.values(backup?.barmanObjectStore?.s3Credentials ?? {}).map((selector) => selector.name),
      ).toEqual([secrets.backups, secrets.backups]);
      expect(
        spec<{ cluster: { name: string } }>(named(built.production, 'ScheduledBackup', clusterName(name)))
          .cluster.name,
      ).toBe(clusterName(name));
    }
    expect(ofKind(built.local, 'ScheduledBackup')).toEqual([]);
  });

  it('tells the web client where browsers reach the gateway', () => {
    const gatewayUrl = container(named(built.production, 'Deployment', 'web')).env?.find(
      (variable) => variable.name === 'GATEWAY_URL',
    );
    expect(gatewayUrl?.value).toMatch(/^https:\/\//);
  });
});

describe('the checks themselves', () => {
  it('find a misspelt field, a wrong type and a subgraph with no manifests', () => {
    const deployment = named(built.local, 'Deployment', 'energy');
    expect(
      problems(
        applyJsonPatch(deployment, [
          { op: 'replace', path: '/spec/template/spec/containers/0/ports/0/containerPort', value: 'http' },
        ]),
      ),
    ).not.toEqual([]);
    const cluster = named(built.production, 'Cluster', clusterName('energy'));
    expect(
      problems(
        applyJsonPatch(cluster, [
          { op: 'add', path: '/spec/backup/barmanObjectStore/destinationPth', value: 's3://x/' },
        ]),
      ),
    ).not.toEqual([]);
    expect(() => applyJsonPatch(cluster, [{ op: 'replace', path: '/spec/nothing/here', value: 1 }])).toThrow(
      /does not exist/,
    );
  });
});
