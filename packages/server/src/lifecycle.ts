/**
 * Stops the process cleanly on Ctrl-C or a termination signal: runs `stop` once, then exits.
 * Further signals are ignored (Ctrl-C in a terminal reaches a process both from the terminal and
 * from the launcher); a stop that hangs ends the process after ten seconds.
 */
export function stopOnSignals(stop: () => Promise<void>): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) return;
    stopping = true;
    const timer = setTimeout(() => process.exit(1), 10_000);
    timer.unref();
    stop()
      .then(() => process.exit(0))
      .catch((error: unknown) => {
        console.error(`error while stopping on ${signal}`, error);
        process.exit(1);
      });
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** Runs a process's main function; a failure prints its message (no stack for known causes) and exits 1. */
export function runMain(main: () => Promise<void>): void {
  main().catch((error: unknown) => {
    console.error(`failed to start: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  });
}
