import { readFileSync } from 'node:fs';
import { buildSchema, getOperationAST, Kind, print, specifiedRules, validate, type FragmentDefinitionNode } from 'graphql';
import { describe, expect, it } from 'vitest';
import { gatewayOptions } from '../src/config.js';
import { estimateCost } from '../src/cost/estimate.js';
import { costModel } from '../src/cost/model.js';
import { env } from '../src/env.js';
import { limitRules } from '../src/limits/rules.js';
import { countTokens } from '../src/limits/tokens.js';
import { GatewayMetrics } from '../src/metrics.js';
import { clientOperations } from './support/client-operations.js';
import { withTypename } from './support/typename.js';

const supergraphSdl = readFileSync(new URL('../../../packages/supergraph/supergraph.graphql', import.meta.url), 'utf8');
const apiSchema = buildSchema(readFileSync(new URL('../../../packages/supergraph/schema.graphql', import.meta.url), 'utf8'));
const { limits, cost } = gatewayOptions(env);

describe("the default limits let every operation of the gateway's own clients through", () => {
  const operations = clientOperations();

  it('finds the web client operations and the IDE examples', () => {
    expect(operations.filter((operation) => operation.name.endsWith('.graphql')).length).toBeGreaterThanOrEqual(13);
    expect(operations.filter((operation) => !operation.name.endsWith('.graphql')).length).toBeGreaterThanOrEqual(30);
  });

  it.each(operations.map((operation) => [operation.name, operation] as const))('%s', (_name, operation) => {
    // What goes on the wire: the IDE sends the file's text; Apollo Client prints with __typename added.
    const sent = operation.source || print(withTypename(operation.document));
    expect(countTokens(sent, limits.maxTokens)).toBeLessThanOrEqual(limits.maxTokens);
    const errors = validate(apiSchema, operation.document, [...specifiedRules, ...limitRules(limits, new GatewayMetrics())]);
    expect(errors.map((error) => error.message)).toEqual([]);

    const model = costModel(apiSchema, supergraphSdl, cost.defaultListSize);
    const definition = getOperationAST(operation.document);
    const fragments = Object.fromEntries(
      operation.document.definitions
        .filter((definition): definition is FragmentDefinitionNode => definition.kind === Kind.FRAGMENT_DEFINITION)
        .map((fragment) => [fragment.name.value, fragment]),
    );
    expect(definition).toBeTruthy();
    if (definition) expect(estimateCost(model, definition, fragments, {})).toBeLessThanOrEqual(cost.budget);
  });
});
