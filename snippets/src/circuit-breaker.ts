/** Circuit breaker (closed → open → half-open): opens when the error rate over a rolling window crosses a threshold.
 *  Half-open lets only `halfOpenProbes` calls through and closes after `successThreshold` successes; onStateChange reports every move. */

export type BreakerState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Error rate (0–1) over the window that opens the breaker, e.g. 0.5. */
  failureRate: number;
  /** Calls the window must hold before the rate counts: one early failure must not open it. */
  minimumCalls: number;
  /** Rolling window length, kept as `windowSlots` time slots. */
  windowMs: number;
  windowSlots: number;
  /** How long the breaker stays open before it lets probes through. */
  openMs: number;
  /** Calls let through at once while half-open. */
  halfOpenProbes: number;
  /** Successful probes needed to close again. */
  successThreshold: number;
  onStateChange?: (from: BreakerState, to: BreakerState) => void;
  /** Which errors count against the dependency (default: all); a 4xx is the caller's fault, not its. */
  isFailure?: (err: unknown) => boolean;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
}

export class BrokenCircuitError extends Error {
  constructor(why: string) {
    super(`circuit breaker rejected the call without making it: ${why}`);
    this.name = 'BrokenCircuitError';
  }
}

export class /*$1*/CircuitBreaker {
  private current: BreakerState = 'closed';
  private openedAt = 0;
  private probesInFlight = 0;
  private probeSuccesses = 0;
  private readonly now: () => number;
  private readonly slotMs: number;
  private readonly calls: number[];
  private readonly failures: number[];
  private slot = -Infinity;
  private readonly o: CircuitBreakerOptions;

  constructor(options: CircuitBreakerOptions) {
    this.o = options;
    this.now = options.now ?? Date.now;
    this.slotMs = options.windowMs / options.windowSlots;
    this.calls = new Array<number>(options.windowSlots).fill(0);
    this.failures = new Array<number>(options.windowSlots).fill(0);
  }

  /** The current state; an open breaker whose `openMs` has passed turns half-open when asked. */
  get state(): BreakerState {
    if (this.current === 'open' && this.now() - this.openedAt >= this.o.openMs) this.moveTo('half-open');
    return this.current;
  }

  /** Runs `fn` through the breaker; rejects with BrokenCircuitError while open or when the probe quota is used. */
  async execute<T>(fn: () => Promise<T>): Promise<T> {
    const state = this.state;
    if (state === 'open') {
      const waitMs = this.o.openMs - (this.now() - this.openedAt);
      throw new BrokenCircuitError(`the dependency failed too often; probing it again in ${waitMs} ms`);
    }
    const probe = state === 'half-open';
    if (probe) {
      if (this.probesInFlight >= this.o.halfOpenProbes) {
        throw new BrokenCircuitError(`${this.o.halfOpenProbes} probe calls are already testing whether the dependency recovered`);
      }
      this.probesInFlight++;
    }
    try {
      const result = await fn();
      this.record(probe, true);
      return result;
    } catch (err) {
      this.record(probe, !(this.o.isFailure?.(err) ?? true));
      throw err;
    } finally {
      if (probe) this.probesInFlight--;
    }
  }

  private record(probe: boolean, ok: boolean): void {
    if (probe) {
      if (this.current !== 'half-open') return; // another probe already decided
      if (!ok) return this.open();
      if (++this.probeSuccesses >= this.o.successThreshold) this.close();
      return;
    }
    if (this.current !== 'closed') return; // a call that started before the breaker opened
    const i = this.advance();
    this.calls[i] = (this.calls[i] ?? 0) + 1;
    if (!ok) this.failures[i] = (this.failures[i] ?? 0) + 1;
    const calls = sum(this.calls);
    if (!ok && calls >= this.o.minimumCalls && sum(this.failures) / calls >= this.o.failureRate) this.open();
  }

  private open(): void {
    this.openedAt = this.now();
    this.moveTo('open');
  }

  private close(): void {
    this.calls.fill(0);
    this.failures.fill(0);
    this.moveTo('closed');
  }

  private moveTo(to: BreakerState): void {
    const from = this.current;
    if (from === to) return;
    this.current = to;
    this.probeSuccesses = 0;
    this.o.onStateChange?.(from, to);
  }

  /** Moves the ring to the current time slot, clearing slots that left the window; returns its index. */
  private advance(): number {
    const current = Math.floor(this.now() / this.slotMs);
    const expired = Math.min(current - this.slot, this.calls.length);
    for (let k = 1; k <= expired; k++) {
      const index = (current - expired + k) % this.calls.length;
      this.calls[index] = 0;
      this.failures[index] = 0;
    }
    this.slot = Math.max(this.slot, current);
    return this.slot % this.calls.length;
  }
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export const /*$2*/breaker = new CircuitBreaker({
  failureRate: /*$3*/0.5,
  minimumCalls: /*$4*/20,
  windowMs: /*$5*/30000,
  windowSlots: 10,
  openMs: /*$6*/5000,
  halfOpenProbes: /*$7*/3,
  successThreshold: /*$8*/3,
  onStateChange: (from, to) => console.warn(`circuit breaker: ${from} → ${to}`),
});
