import { log } from './log.js';

/**
 * Stops the process cleanly on Ctrl-C, a termination signal, or the loss of the supervisor that
 * started it (its IPC channel closes when `pnpm start` dies, even by SIGKILL, so no child is left
 * orphaned): runs `stop` once, then exits 0. Further signals are ignored; a stop that overruns
 * `deadlineMs` ends the process with 1.
 */
export function stopOnSignals(stop: () => Promise<void>, deadlineMs = 10_000): void {
  let stopping = false;
  const onStop = (reason: string) => {
    if (stopping) return;
    stopping = true;
    log.info('stopping', { reason });
    const timer = setTimeout(() => {
      log.error('stop overran its deadline', { reason, deadlineMs });
      process.exit(1);
    }, deadlineMs);
    timer.unref();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        log.error('error while stopping', { reason, error });
        process.exit(1);
      });
  };
  process.on('SIGINT', () => onStop('SIGINT'));
  process.on('SIGTERM', () => onStop('SIGTERM'));
  if (process.connected) process.once('disconnect', () => onStop('supervisor gone'));
}

/** Runs a process's main function; a failure prints its message (no stack for known causes) and exits 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
