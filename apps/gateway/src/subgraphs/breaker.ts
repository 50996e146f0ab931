/**
 * A circuit breaker for one subgraph. After `failures` requests in a row have failed it opens: calls
 * fail at once, without waiting on a subgraph that is down, for `openMs`. Then it lets one trial
 * request through (half-open); a success closes it, so a subgraph that came back is used again with
 * no restart, and a failure opens it for another pause.
 */
export class CircuitBreaker {
  private consecutiveFailures = 0;
  private openedAt: number | undefined;
  private trialInFlight = false;

  constructor(
    private readonly options: { failures: number; openMs: number },
    private readonly now: () => number = Date.now,
  ) {}

  get state(): 'closed' | 'open' | 'half-open' {
    if (this.openedAt === undefined) return 'closed';
    return this.now() - this.openedAt < this.options.openMs ? 'open' : 'half-open';
  }

  /** Whether a request may go to the subgraph now; in half-open, only the one trial may. */
  allow(): boolean {
    const state = this.state;
    if (state === 'closed') return true;
    if (state === 'open' || this.trialInFlight) return false;
    this.trialInFlight = true;
    return true;
  }

  succeeded(): void {
    this.consecutiveFailures = 0;
    this.openedAt = undefined;
    this.trialInFlight = false;
  }

  failed(): void {
    this.consecutiveFailures += 1;
    this.trialInFlight = false;
    if (this.openedAt !== undefined || this.consecutiveFailures >= this.options.failures) this.openedAt = this.now();
  }
}
