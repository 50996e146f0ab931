import { readFileSync } from 'node:fs';
import path from 'node:path';
import {
  databaseUrlVariable,
  deployables,
  generatedFiles,
  repositoryRoot,
  staleFiles,
  subgraphDeployables,
} from '@pamir/infra';
import { subgraphNames, urlVariable } from '@pamir/subgraph-list';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { processConfiguration } from './kit/environment.js';

describe('the generated infrastructure files', () => {
  it('are what `pnpm infra:generate` writes from services/subgraphs.json now', () => {
    expect(staleFiles(), 'run pnpm infra:generate').toEqual([]);
    expect(
      generatedFiles().filter(
        (file) =>
          file.path.startsWith('infra/k8s/base/') &&
          subgraphNames.some((name) => file.path.endsWith(`/${name}.yaml`)),
      ),
    ).toHaveLength(subgraphNames.length);
  });
});

interface ComposeService {
  build?: { context: string; dockerfile: string };
  environment?: Record<string, string>;
  ports?: string[];
  depends_on?: Record<string, { condition: string }>;
}

describe('infra/compose.yaml', () => {
  const compose = parse(readFileSync(path.join(repositoryRoot, 'infra/compose.yaml'), 'utf8')) as {
    services: Record<string, ComposeService>;
  };

  it('runs every deployable from its Dockerfile, and one Postgres server', () => {
    expect(Object.keys(compose.services).sort()).toEqual(
      ['postgres', ...deployables.map((deployable) => deployable.name)].sort(),
    );
    for (const deployable of deployables) {
      expect(compose.services[deployable.name]?.build).toEqual({
        context: '..',
        dockerfile: `${deployable.folder}/Dockerfile`,
      });
    }
  });

  it('sets only variables each process reads, secrets from the environment, a database per subgraph on the one server', () => {
    for (const deployable of deployables) {
      const env = compose.services[deployable.name]?.environment ?? {};
      const { read } = processConfiguration(deployable);
      expect(
        Object.keys(env).filter((name) => !read.has(name)),
        deployable.name,
      ).toEqual([]);
      for (const [name, value] of Object.entries(env).filter(([name]) => /SECRET|DATABASE_URL/.test(name))) {
        expect(value, name).toMatch(/\$\{[A-Z_]+:\?/);
      }
    }
    for (const deployable of subgraphDeployables) {
      const env = compose.services[deployable.name]!.environment!;
      const url = new URL(env[databaseUrlVariable(deployable.name)]!.replace(/\$\{[^}]+\}/, 'password'));
      expect([url.hostname, url.pathname]).toEqual(['postgres', `/${deployable.subgraph!.database}`]);
      for (const peer of subgraphDeployables)
        expect(env[urlVariable(peer.name)]).toBe(`http://${peer.name}:${peer.port}/graphql`);
      expect(compose.services[deployable.name]?.ports).toBeUndefined();
    }
  });
});
