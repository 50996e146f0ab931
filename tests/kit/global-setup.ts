import type { TestProject } from 'vitest/node';
import { stackDrivers } from './databases.js';
import { startTestStack } from './stack.js';

/**
 * Starts the shared graph on each driver once for the whole run, and stops it at the end; its
 * stop fails the run if any of its processes called out beyond loopback.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const stacks = await Promise.all(stackDrivers().map((driver) => startTestStack(driver)));
  project.provide(
    'sharedGraphs',
    stacks.map((stack) => stack.address),
  );
  return async () => {
    await Promise.all(stacks.map((stack) => stack.stop()));
  };
}
