import { stringify } from 'yaml';
import { databaseUrlVariable, deployables, subgraphUrlEnvironment, type Deployable } from './deployables.js';

/** The Postgres server the whole graph shares under compose: one database per subgraph, as listed. */
export const composePostgresImage = 'postgres:15.14-bookworm';

/**
 * Values compose takes from the shell or an `.env` file next to compose.yaml, never from this file;
 * `${NAME:?message}` stops `docker compose up` with the message when one is missing.
 */
const required = (name: string, what: string) => `\${${name}:?set ${name} (${what})}`;
const databasePassword = required('PAMIR_DB_PASSWORD', 'the Postgres password');

/** Each subgraph's own database on the one server: `<NAME>_DATABASE_URL`, as its env.ts reads it. */
const databaseUrl = (deployable: Deployable) =>
  `postgres://pamir:${databasePassword}@postgres:5432/${deployable.subgraph?.database ?? ''}`;

function environment(deployable: Deployable): Record<string, string> {
  switch (deployable.kind) {
    case 'subgraph':
      return {
        [databaseUrlVariable(deployable.name)]: databaseUrl(deployable),
        PAMIR_GATEWAY_SECRET: required(
          'PAMIR_GATEWAY_SECRET',
          'what proves a request comes through the gateway',
        ),
        PAMIR_JWT_SECRET: required('PAMIR_JWT_SECRET', 'the HS256 secret bearer tokens are signed with'),
        ...subgraphUrlEnvironment(),
      };
    case 'gateway':
      return {
        PAMIR_GATEWAY_SECRET: required(
          'PAMIR_GATEWAY_SECRET',
          'what proves a request comes through the gateway',
        ),
        WEB_URL: 'http://localhost:3000',
        ...subgraphUrlEnvironment(),
      };
    case 'web':
      // The browser calls the gateway, so this is the gateway as the browser sees it.
      return { GATEWAY_URL: 'http://localhost:4000/graphql' };
  }
}

function service(deployable: Deployable) {
  const dependsOn =
    deployable.kind === 'subgraph'
      ? { postgres: { condition: 'service_healthy' } }
      : deployable.kind === 'gateway'
        ? Object.fromEntries(
            deployables
              .filter((d) => d.kind === 'subgraph')
              .map((d) => [d.name, { condition: 'service_healthy' }]),
          )
        : { gateway: { condition: 'service_healthy' } };
  return {
    build: { context: '..', dockerfile: `${deployable.folder}/Dockerfile` },
    image: `pamir/${deployable.name}:dev`,
    environment: environment(deployable),
    // Only the gateway and the web client are reached from outside; subgraphs answer on the compose network.
    ...(deployable.kind === 'subgraph' ? {} : { ports: [`${deployable.port}:${deployable.port}`] }),
    depends_on: dependsOn,
    restart: 'unless-stopped',
  };
}

/** infra/compose.yaml: the whole graph on one machine's container engine, on one Postgres server. */
export function composeFile(): string {
  const document = {
    name: 'pamir',
    services: {
      postgres: {
        image: composePostgresImage,
        environment: { POSTGRES_USER: 'pamir', POSTGRES_PASSWORD: databasePassword, POSTGRES_DB: 'postgres' },
        volumes: ['postgres:/var/lib/postgresql/data'],
        healthcheck: {
          test: ['CMD', 'pg_isready', '-U', 'pamir', '-d', 'postgres'],
          interval: '5s',
          timeout: '3s',
          retries: 20,
        },
        restart: 'unless-stopped',
      },
      ...Object.fromEntries(deployables.map((deployable) => [deployable.name, service(deployable)])),
    },
    volumes: { postgres: {} },
  };
  return `# Written by \`pnpm infra:generate\` from infra/src/compose.ts and services/subgraphs.json: change those, not this file.
# Run from the repository root, with PAMIR_DB_PASSWORD, PAMIR_GATEWAY_SECRET and PAMIR_JWT_SECRET set
# (in the shell or in infra/.env): docker compose -f infra/compose.yaml up --build
# Each subgraph creates its database on the server when it first starts, and migrates it.
${stringify(document, { lineWidth: 0, aliasDuplicateObjects: false })}`;
}
