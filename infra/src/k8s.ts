import { createHash } from 'node:crypto';
import { readSupergraph } from '@pamir/supergraph/committed';
import {
  databaseUrlVariable,
  subgraphDeployables,
  subgraphUrlEnvironment,
  type Deployable,
} from './deployables.js';

/** Every object goes into this namespace (set once, by the base kustomization). */
export const namespace = 'pamir';

/** The Secrets the manifests read and never hold: created by whoever deploys (infra/README.md). */
export const secrets = {
  /** `secret`: the value the gateway sends and every subgraph expects (PAMIR_GATEWAY_SECRET). */
  gateway: 'pamir-gateway',
  /** `secret`: the HS256 secret bearer tokens are signed with (PAMIR_JWT_SECRET). */
  jwt: 'pamir-jwt',
  /** `ACCESS_KEY_ID`, `ACCESS_SECRET_KEY`: object storage for the databases' backups (production). */
  backups: 'pamir-backup-s3',
} as const;

/** A subgraph's Postgres cluster; CloudNativePG writes its credentials to `<cluster>-app`. */
export const clusterName = (subgraph: string) => `${subgraph}-db`;
/** The Secret CloudNativePG makes for a cluster's application user; `uri` is a full connection URL. */
export const appSecretName = (subgraph: string) => `${clusterName(subgraph)}-app`;

/** The ConfigMap that holds the committed supergraph, and where the processes read it. */
export const supergraphConfigMap = 'pamir-supergraph';
export const supergraphMountPath = '/app/packages/supergraph/supergraph.graphql';

const labels = (deployable: Deployable, component: string = deployable.kind) => ({
  'app.kubernetes.io/name': deployable.name,
  'app.kubernetes.io/component': component,
  'app.kubernetes.io/part-of': 'pamir',
});

const secretValue = (name: string, key: string) => ({ valueFrom: { secretKeyRef: { name, key } } });

/** What each process reads from its environment here (each name is checked against its env.ts by tests/infra). */
function environment(deployable: Deployable): object[] {
  const plain = (values: Record<string, string>) =>
    Object.entries(values).map(([name, value]) => ({ name, value }));
  switch (deployable.kind) {
    case 'subgraph':
      return [
        ...plain({ HOST: '0.0.0.0' }),
        { name: databaseUrlVariable(deployable.name), ...secretValue(appSecretName(deployable.name), 'uri') },
        { name: 'PAMIR_GATEWAY_SECRET', ...secretValue(secrets.gateway, 'secret') },
        { name: 'PAMIR_JWT_SECRET', ...secretValue(secrets.jwt, 'secret') },
        ...plain(subgraphUrlEnvironment()),
      ];
    case 'gateway':
      return [
        ...plain({ HOST: '0.0.0.0' }),
        { name: 'PAMIR_GATEWAY_SECRET', ...secretValue(secrets.gateway, 'secret') },
        ...plain(subgraphUrlEnvironment()),
      ];
    case 'web':
      // The browser calls the gateway: this is its address as the browser sees it (overlays set it).
      return plain({ HOST: '0.0.0.0', GATEWAY_URL: 'http://localhost:4000/graphql' });
  }
}

const resources: Record<Deployable['kind'], object> = {
  gateway: { requests: { cpu: '250m', memory: '256Mi' }, limits: { cpu: '2', memory: '512Mi' } },
  subgraph: { requests: { cpu: '100m', memory: '256Mi' }, limits: { cpu: '1', memory: '512Mi' } },
  web: { requests: { cpu: '50m', memory: '64Mi' }, limits: { cpu: '500m', memory: '128Mi' } },
};

const containerSecurity = {
  allowPrivilegeEscalation: false,
  readOnlyRootFilesystem: true,
  capabilities: { drop: ['ALL'] },
};
const podSecurity = {
  runAsNonRoot: true,
  runAsUser: 1000,
  runAsGroup: 1000,
  seccompProfile: { type: 'RuntimeDefault' },
};

/** The gateway and the subgraphs read the supergraph; mounted over the image's copy, so every pod reads the same one. */
const readsSupergraph = (deployable: Deployable) => deployable.kind !== 'web';

function volumes(deployable: Deployable) {
  return {
    volumes: [
      { name: 'tmp', emptyDir: {} },
      ...(readsSupergraph(deployable)
        ? [{ name: 'supergraph', configMap: { name: supergraphConfigMap } }]
        : []),
    ],
    volumeMounts: [
      { name: 'tmp', mountPath: '/tmp' },
      ...(readsSupergraph(deployable)
        ? [
            {
              name: 'supergraph',
              mountPath: supergraphMountPath,
              subPath: 'supergraph.graphql',
              readOnly: true,
            },
          ]
        : []),
    ],
  };
}

const probe = (path: string, extra: object = {}) => ({
  httpGet: { path, port: 'http' },
  periodSeconds: 10,
  timeoutSeconds: 3,
  ...extra,
});

function deployment(deployable: Deployable, supergraphHash: string) {
  const { volumes: podVolumes, volumeMounts } = volumes(deployable);
  return {
    apiVersion: 'apps/v1',
    kind: 'Deployment',
    metadata: { name: deployable.name, labels: labels(deployable) },
    spec: {
      // No replicas: the HorizontalPodAutoscaler owns the count.
      selector: { matchLabels: labels(deployable) },
      strategy: { type: 'RollingUpdate', rollingUpdate: { maxUnavailable: 0, maxSurge: 1 } },
      template: {
        metadata: {
          labels: labels(deployable),
          // A new supergraph restarts the pods that read it.
          ...(readsSupergraph(deployable)
            ? { annotations: { 'pamir.dev/supergraph-sha256': supergraphHash } }
            : {}),
        },
        spec: {
          securityContext: podSecurity,
          // Processes finish requests in flight on SIGTERM (PAMIR_SHUTDOWN_GRACE_MS) before exiting.
          terminationGracePeriodSeconds: 30,
          containers: [
            {
              name: deployable.name,
              image: `pamir/${deployable.name}`,
              ports: [{ name: 'http', containerPort: deployable.port }],
              env: environment(deployable),
              // /health answers once the process serves; a subgraph first migrates and loads its data.
              startupProbe: probe('/health', { periodSeconds: 5, failureThreshold: 60 }),
              readinessProbe: probe('/ready'),
              livenessProbe: probe('/health', { failureThreshold: 3 }),
              resources: resources[deployable.kind],
              securityContext: containerSecurity,
              volumeMounts,
            },
          ],
          volumes: podVolumes,
        },
      },
    },
  };
}

const service = (deployable: Deployable) => ({
  apiVersion: 'v1',
  kind: 'Service',
  metadata: { name: deployable.name, labels: labels(deployable) },
  spec: {
    selector: labels(deployable),
    ports: [{ name: 'http', port: deployable.port, targetPort: 'http' }],
  },
});

const autoscaler = (deployable: Deployable) => ({
  apiVersion: 'autoscaling/v2',
  kind: 'HorizontalPodAutoscaler',
  metadata: { name: deployable.name, labels: labels(deployable) },
  spec: {
    scaleTargetRef: { apiVersion: 'apps/v1', kind: 'Deployment', name: deployable.name },
    minReplicas: 2,
    maxReplicas: deployable.kind === 'web' ? 4 : 10,
    metrics: [
      {
        type: 'Resource',
        resource: { name: 'cpu', target: { type: 'Utilization', averageUtilization: 70 } },
      },
    ],
  },
});

const disruptionBudget = (deployable: Deployable) => ({
  apiVersion: 'policy/v1',
  kind: 'PodDisruptionBudget',
  metadata: { name: deployable.name, labels: labels(deployable) },
  // One pod at a time, whatever the count: a drain never takes a deployable away.
  spec: { maxUnavailable: 1, selector: { matchLabels: labels(deployable) } },
});

/** Who may call a process: the gateway and the web client take anyone; a subgraph only the gateway and its peers. */
function networkPolicy(deployable: Deployable) {
  const callers =
    deployable.kind === 'subgraph'
      ? {
          from: [
            {
              podSelector: {
                matchLabels: {
                  'app.kubernetes.io/part-of': 'pamir',
                  'app.kubernetes.io/component': 'gateway',
                },
              },
            },
            // A write asks the subgraph that owns a referenced entity whether it exists (packages/server references.ts).
            {
              podSelector: {
                matchLabels: {
                  'app.kubernetes.io/part-of': 'pamir',
                  'app.kubernetes.io/component': 'subgraph',
                },
              },
            },
          ],
        }
      : {};
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: deployable.name, labels: labels(deployable) },
    spec: {
      podSelector: { matchLabels: labels(deployable) },
      policyTypes: ['Ingress'],
      ingress: [{ ...callers, ports: [{ protocol: 'TCP', port: deployable.port }] }],
    },
  };
}

/** A subgraph's own Postgres, run by CloudNativePG: one database, owned by one application user. */
function cluster(deployable: Deployable) {
  return {
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'Cluster',
    metadata: { name: clusterName(deployable.name), labels: labels(deployable, 'database') },
    spec: {
      instances: 2,
      storage: { size: '5Gi' },
      bootstrap: { initdb: { database: deployable.subgraph?.database ?? '', owner: 'pamir' } },
      resources: { requests: { cpu: '250m', memory: '512Mi' }, limits: { cpu: '1', memory: '1Gi' } },
    },
  };
}

/** Only its subgraph (the Deployment and the migration Job) reaches a database; its instances and the operator too. */
function databasePolicy(deployable: Deployable) {
  const instances = { 'cnpg.io/cluster': clusterName(deployable.name) };
  return {
    apiVersion: 'networking.k8s.io/v1',
    kind: 'NetworkPolicy',
    metadata: { name: clusterName(deployable.name), labels: labels(deployable, 'database') },
    spec: {
      podSelector: { matchLabels: instances },
      policyTypes: ['Ingress'],
      ingress: [
        {
          from: [
            {
              podSelector: {
                matchLabels: {
                  'app.kubernetes.io/part-of': 'pamir',
                  'app.kubernetes.io/name': deployable.name,
                },
              },
            },
            // Replication between the cluster's own instances.
            { podSelector: { matchLabels: instances } },
          ],
          ports: [{ protocol: 'TCP', port: 5432 }],
        },
        {
          // The operator asks each instance for its status (installed in cnpg-system by default).
          from: [{ namespaceSelector: { matchLabels: { 'kubernetes.io/metadata.name': 'cnpg-system' } } }],
          ports: [{ protocol: 'TCP', port: 8000 }],
        },
      ],
    },
  };
}

/**
 * Migrates a subgraph's database and loads its curated data, then exits: run before a rollout
 * (infra/README.md). The same image and code as the Deployment, under the same advisory lock, so
 * a pod that starts meanwhile waits for it rather than racing it.
 */
function migrationJob(deployable: Deployable) {
  return {
    apiVersion: 'batch/v1',
    kind: 'Job',
    metadata: { name: `${deployable.name}-migrate`, labels: labels(deployable, 'migration') },
    spec: {
      // Retries cover a database that is still starting on the first deployment.
      backoffLimit: 6,
      template: {
        metadata: { labels: labels(deployable, 'migration') },
        spec: {
          restartPolicy: 'Never',
          securityContext: podSecurity,
          containers: [
            {
              name: 'migrate',
              image: `pamir/${deployable.name}`,
              command: ['node', 'dist/index.js', 'migrate'],
              // Its database is all it needs: it neither serves nor asks its peers.
              env: [
                {
                  name: databaseUrlVariable(deployable.name),
                  ...secretValue(appSecretName(deployable.name), 'uri'),
                },
              ],
              resources: resources.subgraph,
              securityContext: containerSecurity,
              volumeMounts: [{ name: 'tmp', mountPath: '/tmp' }],
            },
          ],
          volumes: [{ name: 'tmp', emptyDir: {} }],
        },
      },
    },
  };
}

/** Default deny: a pod takes only the traffic a policy above lets in. */
export const denyAllIngress = {
  apiVersion: 'networking.k8s.io/v1',
  kind: 'NetworkPolicy',
  metadata: { name: 'deny-all-ingress', labels: { 'app.kubernetes.io/part-of': 'pamir' } },
  spec: { podSelector: {}, policyTypes: ['Ingress'] },
};

export const namespaceObject = {
  apiVersion: 'v1',
  kind: 'Namespace',
  metadata: { name: namespace, labels: { 'app.kubernetes.io/part-of': 'pamir' } },
};

export function supergraphObject(supergraph = readSupergraph()) {
  return {
    apiVersion: 'v1',
    kind: 'ConfigMap',
    metadata: { name: supergraphConfigMap, labels: { 'app.kubernetes.io/part-of': 'pamir' } },
    data: { 'supergraph.graphql': supergraph },
  };
}

export const sha256 = (text: string) => createHash('sha256').update(text).digest('hex');

/** A deployable's objects in the base, in the order they are best created. */
export function deployableObjects(deployable: Deployable, supergraph = readSupergraph()): object[] {
  const own = [
    deployment(deployable, sha256(supergraph)),
    service(deployable),
    autoscaler(deployable),
    disruptionBudget(deployable),
    networkPolicy(deployable),
  ];
  if (deployable.kind !== 'subgraph') return own;
  return [cluster(deployable), databasePolicy(deployable), migrationJob(deployable), ...own];
}

/** ScheduledBackups for production: a base backup of every database each night; WAL goes on continuously. */
export function scheduledBackups(): object[] {
  return subgraphDeployables.map((deployable) => ({
    apiVersion: 'postgresql.cnpg.io/v1',
    kind: 'ScheduledBackup',
    metadata: { name: clusterName(deployable.name), labels: labels(deployable, 'database') },
    spec: {
      // CloudNativePG's schedule has a seconds field: 02:00:00 every day.
      schedule: '0 0 2 * * *',
      backupOwnerReference: 'self',
      method: 'barmanObjectStore',
      cluster: { name: clusterName(deployable.name) },
    },
  }));
}
