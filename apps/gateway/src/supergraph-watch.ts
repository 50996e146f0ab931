import { readFileSync, watch } from 'node:fs';
import path from 'node:path';
import type { SupergraphSdlHook } from '@apollo/gateway';
import { readSupergraph, supergraphPath } from '@pamir/supergraph';

/**
 * The supergraph the gateway serves: the committed file, read once; or, in the development loop
 * (`pnpm dev`, PAMIR_WATCH_SUPERGRAPH=true), the same file followed as `pnpm compose` rewrites it,
 * through @apollo/gateway's `update` hook, so a recomposed graph is served without a restart.
 */
export function supergraphSource(watching: boolean): string | SupergraphSdlHook {
  return watching ? watchedSupergraph(supergraphPath) : readSupergraph();
}

function watchedSupergraph(file: string): SupergraphSdlHook {
  return ({ update }) => {
    let served = readFileSync(file, 'utf8');
    let timer: NodeJS.Timeout | undefined;
    const reload = () => {
      const text = readFileSync(file, 'utf8');
      if (text === served || !text.trim()) return; // a write still under way, or nothing new
      try {
        update(text);
        served = text;
        console.log(`serving the recomposed supergraph from ${file}`);
      } catch (error) {
        console.error(`kept the previous supergraph: ${(error as Error).message}`);
      }
    };
    // The folder, not the file: an editor or a tool may replace the file rather than rewrite it.
    const watcher = watch(path.dirname(file), (_event, name) => {
      if (name !== path.basename(file)) return;
      clearTimeout(timer);
      timer = setTimeout(reload, 50);
    });
    return Promise.resolve({
      supergraphSdl: served,
      cleanup: () => {
        clearTimeout(timer);
        watcher.close();
        return Promise.resolve();
      },
    });
  };
}
