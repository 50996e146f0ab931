import { pnpmVersion, turboVersion, type Deployable } from './deployables.js';

/**
 * The base image of every stage, pinned to an exact release: Node 20 (the version the repository
 * is tested on), Debian bookworm, slim. It carries a `node` user (uid 1000) to run as.
 */
export const nodeImage = 'node:20.20.2-bookworm-slim';
/** The unprivileged user the runtime stage runs as (the Node image's own). */
export const runtimeUser = 'node';

/**
 * Files outside any package that `turbo prune` leaves out and the images need: the TypeScript base
 * configuration every package extends, and the list of subgraphs the processes read at start.
 */
export const workspaceFiles = ['tsconfig.base.json', 'services/subgraphs.json'];

/** The build context every image is built from: the repository root, so `turbo prune` sees the workspace. */
export const dockerignore = `# The repository root is the build context of every image (infra/src/dockerfile.ts);
# what a build makes afresh or a machine keeps to itself stays out of it.
**/node_modules
**/dist
**/generated
**/.turbo
**/.data
**/coverage
**/test-results
**/*.log
.git
.env
`;

const header = (deployable: Deployable) => `# syntax=docker/dockerfile:1
# The ${deployable.name} image. Written by \`pnpm infra:generate\` from infra/src/dockerfile.ts: change that, not this file.
# Build it from the repository root: docker build -f ${deployable.folder}/Dockerfile -t pamir/${deployable.name} .
`;

/** The stages every image shares: prune the workspace to one package, install, build. */
const buildStages = (deployable: Deployable) => `
FROM ${nodeImage} AS base
RUN npm install --global pnpm@${pnpmVersion()} turbo@${turboVersion()} && npm cache clean --force
WORKDIR /repo

# The workspace cut down to ${deployable.package} and the packages it uses (out/json: manifests
# and lockfile; out/full: their sources), plus the files outside any package that builds and
# processes read. Only this stage sees the whole build context.
FROM base AS pruned
COPY . .
RUN turbo prune ${deployable.package} --docker && cp --parents ${workspaceFiles.join(' ')} out/full/

# Dependencies first, so they stay cached until a manifest or the lockfile changes; then the build.
FROM base AS build
COPY --from=pruned /repo/out/json/ .
RUN --mount=type=cache,id=pnpm-store,target=/pnpm-store pnpm install --frozen-lockfile --store-dir /pnpm-store
COPY --from=pruned /repo/out/full/ .
RUN turbo run build --filter=${deployable.package}
`;

/** A health check that needs nothing but Node (the slim image has no curl). */
const healthCheck = (path: string) =>
  `HEALTHCHECK --interval=10s --timeout=3s --start-period=60s --retries=3 \\
  CMD ["node", "-e", "fetch('http://127.0.0.1:' + process.env.PORT + '${path}').then((r) => process.exit(r.ok ? 0 : 1), () => process.exit(1))"]`;

/** The gateway and the subgraphs: the built pruned workspace with production dependencies only. */
const serverRuntime = (deployable: Deployable) => `
# Production dependencies only, installed again from the same store.
FROM build AS production
RUN --mount=type=cache,id=pnpm-store,target=/pnpm-store find . -name node_modules -type d -prune -exec rm -rf {} + \\
  && pnpm install --frozen-lockfile --prod --offline --store-dir /pnpm-store

FROM ${nodeImage} AS runtime
WORKDIR /app
# Owned by root and only readable by the process: it cannot change its own code.
COPY --from=production /repo/ /app/
USER ${runtimeUser}
# Listen on every interface of the container (a subgraph's default is loopback only).
ENV HOST=0.0.0.0 PORT=${deployable.port}
EXPOSE ${deployable.port}
${healthCheck('/health')}
WORKDIR /app/${deployable.folder}
CMD ["node", "dist/index.js"]
`;

/** The web client: its built files and server.mjs, which needs nothing beyond Node. */
const webRuntime = (deployable: Deployable) => `
FROM ${nodeImage} AS runtime
WORKDIR /app
COPY --from=build /repo/${deployable.folder}/dist/ /app/dist/
COPY --from=build /repo/${deployable.folder}/server.mjs /app/server.mjs
USER ${runtimeUser}
ENV HOST=0.0.0.0 PORT=${deployable.port}
EXPOSE ${deployable.port}
${healthCheck('/health')}
CMD ["node", "server.mjs"]
`;

/** A deployable's Dockerfile: multi-stage, from the pruned workspace, running as \`node\`. */
export function dockerfile(deployable: Deployable): string {
  const runtime = deployable.kind === 'web' ? webRuntime(deployable) : serverRuntime(deployable);
  return `${header(deployable)}${buildStages(deployable)}${runtime}`;
}
