import cluster from 'node:cluster';

// Several gateway processes on one port: node:cluster hands each new connection to one of them.
// The gateway holds no state a request needs from another (plans and in-flight merging are per
// process), so the copies need nothing from each other.

/**
 * With more than one worker, makes this process their supervisor and returns true: it forks them,
 * replaces one that dies, and on SIGINT/SIGTERM (or losing its own supervisor) stops them and exits
 * once all have. Returns false in a worker, or when one process is asked for: that process serves.
 */
export function superviseWorkers(workers: number): boolean {
  if (workers <= 1 || !cluster.isPrimary) return false;
  let stopping = false;
  const running = () => Object.values(cluster.workers ?? {}).filter((worker) => worker !== undefined);
  for (let i = 0; i < workers; i++) cluster.fork();
  cluster.on('exit', (worker, code, signal) => {
    if (stopping) {
      if (running().length === 0) process.exit(0);
      return;
    }
    console.error(`gateway worker ${worker.process.pid} ended (${signal ?? code}); starting another in a second`);
    setTimeout(() => cluster.fork(), 1_000);
  });
  const stop = () => {
    if (stopping) return;
    stopping = true;
    const workersLeft = running();
    if (workersLeft.length === 0) process.exit(0);
    // Each worker drains its requests and stops itself, as a single gateway does on SIGTERM.
    for (const worker of workersLeft) worker.process.kill('SIGTERM');
  };
  process.on('SIGINT', stop);
  process.on('SIGTERM', stop);
  if (process.connected) process.once('disconnect', stop);
  console.log(`gateway: ${workers} workers on one port`);
  return true;
}
