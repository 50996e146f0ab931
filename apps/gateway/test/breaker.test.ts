import { describe, expect, it } from 'vitest';
import { CircuitBreaker } from '../src/subgraphs/breaker.js';
import { backoffMs } from '../src/subgraphs/retry.js';

describe('the circuit breaker', () => {
  it('opens after N failures in a row, lets one trial through after the pause, and closes on its success', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failures: 3, openMs: 1_000 }, () => now);
    breaker.failed();
    breaker.failed();
    breaker.succeeded(); // a success in between starts the count again
    breaker.failed();
    breaker.failed();
    expect(breaker.state).toBe('closed');
    breaker.failed();
    expect(breaker.state).toBe('open');
    expect(breaker.allow()).toBe(false);

    now = 1_000;
    expect(breaker.state).toBe('half-open');
    expect(breaker.allow()).toBe(true);
    expect(breaker.allow()).toBe(false); // only one trial at a time
    breaker.succeeded();
    expect(breaker.state).toBe('closed');
    expect(breaker.allow()).toBe(true);
  });

  it('opens again for a full pause when the trial fails', () => {
    let now = 0;
    const breaker = new CircuitBreaker({ failures: 1, openMs: 1_000 }, () => now);
    breaker.failed();
    now = 1_500;
    expect(breaker.allow()).toBe(true);
    breaker.failed();
    expect(breaker.state).toBe('open');
    now = 2_400;
    expect(breaker.allow()).toBe(false);
    now = 2_500;
    expect(breaker.allow()).toBe(true);
  });
});

describe('retry backoff', () => {
  it('grows exponentially up to its cap, with jitter below it', () => {
    const options = { baseMs: 50, maxMs: 1_000 };
    expect([0, 1, 2, 3, 10].map((attempt) => backoffMs(attempt, options, () => 1))).toEqual([50, 100, 200, 400, 1_000]);
    expect(backoffMs(3, options, () => 0)).toBe(0);
    expect(backoffMs(3, options, () => 0.5)).toBe(200);
  });
});
