import { readFileSync } from 'node:fs';
import path from 'node:path';
import { repositoryRoot } from '@pamir/infra';
import { Ajv } from 'ajv';
import { Deployment } from 'kubernetes-models/apps/v1/Deployment';
import { HorizontalPodAutoscaler } from 'kubernetes-models/autoscaling/v2/HorizontalPodAutoscaler';
import { Job } from 'kubernetes-models/batch/v1/Job';
import { NetworkPolicy } from 'kubernetes-models/networking.k8s.io/v1/NetworkPolicy';
import { PodDisruptionBudget } from 'kubernetes-models/policy/v1/PodDisruptionBudget';
import { ConfigMap } from 'kubernetes-models/v1/ConfigMap';
import { Namespace } from 'kubernetes-models/v1/Namespace';
import { Service } from 'kubernetes-models/v1/Service';
import type { K8sObject } from './kustomize.js';

/** The Kubernetes kinds the manifests use, each with the models' own OpenAPI validation. */
const models: Record<string, new (data: object) => { validate(): void }> = {
  'apps/v1/Deployment': Deployment,
  'autoscaling/v2/HorizontalPodAutoscaler': HorizontalPodAutoscaler,
  'batch/v1/Job': Job,
  'networking.k8s.io/v1/NetworkPolicy': NetworkPolicy,
  'policy/v1/PodDisruptionBudget': PodDisruptionBudget,
  'v1/ConfigMap': ConfigMap,
  'v1/Namespace': Namespace,
  'v1/Service': Service,
};

/** CloudNativePG's kinds, against the trimmed CRD schemas kept in infra/k8s/schemas. */
const ajv = new Ajv({ allErrors: true, strict: false });
const schema = (file: string) =>
  ajv.compile(
    JSON.parse(readFileSync(path.join(repositoryRoot, 'infra/k8s/schemas', file), 'utf8')) as object,
  );
const crds: Record<string, ReturnType<typeof schema>> = {
  'postgresql.cnpg.io/v1/Cluster': schema('cnpg-cluster.schema.json'),
  'postgresql.cnpg.io/v1/ScheduledBackup': schema('cnpg-scheduled-backup.schema.json'),
};

/** What is wrong with an object by its kind's schema; empty when it is valid. A kind with no schema is a problem. */
export function problems(object: K8sObject): string[] {
  const key = `${object.apiVersion}/${object.kind}`;
  const where = `${object.kind} ${object.metadata?.name ?? '(no name)'}`;
  const model = models[key];
  if (model) {
    try {
      new model(object).validate();
      return [];
    } catch (error) {
      return [`${where}: ${(error as Error).message}`];
    }
  }
  const validate = crds[key];
  if (validate) {
    return validate(object)
      ? []
      : (validate.errors ?? []).map((error) => `${where}: ${error.instancePath} ${error.message ?? ''}`);
  }
  return [`${where}: no schema for ${key}`];
}
