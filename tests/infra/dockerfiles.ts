import { existsSync, readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { deployables, repositoryRoot, runtimeUser, workspaceFiles, type Deployable } from '@pamir/infra';
import { DockerfileParser, type Instruction } from 'dockerfile-ast';
import { beforeAll, describe, expect, it } from 'vitest';
import { processConfiguration } from './kit/environment.js';

interface Stage {
  name: string | null;
  image: string;
  instructions: Instruction[];
}

/** A Dockerfile's stages, each with the instructions after its FROM. */
function stages(content: string): Stage[] {
  const dockerfile = DockerfileParser.parse(content);
  const result: Stage[] = [];
  for (const instruction of dockerfile.getInstructions()) {
    if (instruction.getKeyword() === 'FROM') {
      const from = dockerfile
        .getFROMs()
        .find((candidate) => candidate.getRange().start.line === instruction.getRange().start.line)!;
      result.push({ name: from.getBuildStage(), image: from.getImage() ?? '', instructions: [] });
    } else {
      result.at(-1)?.instructions.push(instruction);
    }
  }
  return result;
}

const keyword = (stage: Stage, word: string) =>
  stage.instructions.filter((instruction) => instruction.getKeyword() === word);
const flag = (instruction: Instruction, name: string) =>
  (instruction as unknown as { getFlags(): { getName(): string; getValue(): string | null }[] })
    .getFlags()
    .find((f) => f.getName() === name)
    ?.getValue();

/** ENV's variables, as `name=value`. */
const environment = (stage: Stage) =>
  Object.fromEntries(
    keyword(stage, 'ENV').flatMap((instruction) =>
      (instruction as unknown as { getProperties(): { getName(): string; getValue(): string | null }[] })
        .getProperties()
        .map((property) => [property.getName(), property.getValue()]),
    ),
  );

describe('the Dockerfiles', () => {
  it('exist for exactly the deployables: every listed subgraph, the gateway and the web client', () => {
    const found = ['apps', 'services'].flatMap((folder) =>
      readdirSync(path.join(repositoryRoot, folder), { withFileTypes: true })
        .filter(
          (entry) =>
            entry.isDirectory() &&
            readdirSync(path.join(repositoryRoot, folder, entry.name)).includes('Dockerfile'),
        )
        .map((entry) => `${folder}/${entry.name}`),
    );
    expect(found.sort()).toEqual(deployables.map((deployable) => deployable.folder).sort());
  });

  describe.each(deployables.map((deployable) => [deployable.name, deployable] as const))(
    '%s',
    (_, deployable: Deployable) => {
      const configuration = processConfiguration(deployable);
      // Read per test, so a deployable with no Dockerfile fails its own tests, naming the file.
      let all: Stage[];
      let runtime: Stage;
      let names: Set<string | null>;
      beforeAll(() => {
        all = stages(readFileSync(path.join(repositoryRoot, deployable.folder, 'Dockerfile'), 'utf8'));
        runtime = all.at(-1)!;
        names = new Set(all.map((stage) => stage.name));
      });

      it('builds from a pinned base image in every stage', () => {
        for (const stage of all.filter((candidate) => !names.has(candidate.image))) {
          // An exact release (x.y.z) or a digest, never a moving tag.
          expect(stage.image, `stage ${stage.name}`).toMatch(
            /^[a-z0-9./-]+(:[0-9]+\.[0-9]+\.[0-9]+[a-z0-9.-]*)?(@sha256:[a-f0-9]{64})?$/,
          );
          expect(stage.image, `stage ${stage.name}`).toMatch(/:[0-9]+\.[0-9]+\.[0-9]+|@sha256:/);
        }
      });

      it('prunes the workspace to its package, and copies nothing else into a later stage', () => {
        const prunes = all.filter((stage) =>
          keyword(stage, 'RUN').some((run) => /\bturbo prune\b/.test(run.getArgumentsContent() ?? '')),
        );
        expect(prunes).toHaveLength(1);
        const pruner = prunes[0]!;
        const prune = keyword(pruner, 'RUN')
          .map((run) => run.getArgumentsContent() ?? '')
          .find((text) => text.includes('turbo prune'))!;
        // The package itself, plus files outside any package (kept under out/full/ at their own paths).
        const [command, extra] = prune.split(' && ');
        expect(command).toBe(`turbo prune ${deployable.package} --docker`);
        expect(extra).toBe(`cp --parents ${workspaceFiles.join(' ')} out/full/`);
        for (const file of workspaceFiles) {
          expect(existsSync(path.join(repositoryRoot, file)), file).toBe(true);
          const folder = path.dirname(file);
          expect(
            folder === '.' || !existsSync(path.join(repositoryRoot, folder, 'package.json')),
            `${file} is not inside a package`,
          ).toBe(true);
        }
        for (const stage of all.filter((candidate) => candidate !== pruner)) {
          for (const copy of keyword(stage, 'COPY')) {
            const from = flag(copy, 'from');
            expect(from, `${stage.name}: ${copy.getArgumentsContent() ?? ''}`).toBeDefined();
            expect(names.has(from ?? null), `--from=${from ?? ''} is a stage of this file`).toBe(true);
            if (from === pruner.name)
              expect(copy.getArguments()[0]?.getValue()).toMatch(/^\/repo\/out\/(json|full)\/$/);
          }
        }
        expect(keyword(runtime, 'ADD')).toEqual([]);
      });

      it('runs as an unprivileged user', () => {
        const users = keyword(runtime, 'USER').map((user) => user.getArgumentsContent());
        expect(users.at(-1)).toBe(runtimeUser);
        expect(users.every((user) => user !== 'root' && !/^0(:|$)/.test(user ?? ''))).toBe(true);
      });

      it('exposes the port its configuration defaults to, and checks its health on /health', () => {
        expect(keyword(runtime, 'EXPOSE').map((expose) => expose.getArgumentsContent())).toEqual([
          String(configuration.port),
        ]);
        expect(environment(runtime)['PORT']).toBe(String(configuration.port));
        const healthChecks = keyword(runtime, 'HEALTHCHECK');
        expect(healthChecks).toHaveLength(1);
        expect(healthChecks[0]!.getArgumentsContent()).toMatch(
          /CMD .*127\.0\.0\.1.*process\.env\.PORT.*'\/health'/,
        );
      });

      it('sets only variables its process reads', () => {
        expect(Object.keys(environment(runtime)).filter((name) => !configuration.read.has(name))).toEqual([]);
        expect(environment(runtime)['HOST']).toBe('0.0.0.0');
      });
    },
  );
});
