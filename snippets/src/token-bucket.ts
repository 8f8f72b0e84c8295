/** Token bucket rate limiter: bursts up to `burst`, then exactly `ratePerSec` (like Go's x/time/rate).
 *  Refills lazily with fractional tokens on each call, so 2/s admits one request every 500 ms, not 2 per whole second. */
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface TokenBucketOptions {
  /** Tokens added per second; may be fractional (0.5 = one every 2 s). */
  ratePerSec: number;
  /** Bucket size: the most requests admitted at once after a quiet period. */
  burst: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
  /** Waits `ms` or rejects when `signal` aborts; inject a fake one in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** A reservation of tokens: act after `delayMs`, or `cancel()` to hand the tokens back. */
export interface Reservation {
  ok: boolean;
  delayMs: number;
  cancel(): void;
}

export class /*$1*/TokenBucket {
  private readonly ratePerSec: number;
  private readonly burst: number;
  private readonly now: () => number;
  private readonly sleep: (ms: number, signal?: AbortSignal) => Promise<void>;
  private tokens: number;
  private last: number;

  constructor(options: TokenBucketOptions) {
    this.ratePerSec = options.ratePerSec;
    this.burst = options.burst;
    this.now = options.now ?? Date.now;
    this.sleep = options.sleep ?? ((ms, signal) => sleepFor(ms, undefined, { signal }));
    this.tokens = options.burst; // start full: a fresh process may serve a burst at once
    this.last = this.now();
  }

  /** Takes `n` tokens now if they are there; never waits. */
  allow(n = 1): boolean {
    this.refill();
    if (this.tokens < n) return false;
    this.tokens -= n;
    return true;
  }

  /** Takes `n` tokens now, going into debt; the caller waits `delayMs` before acting, or cancels instead of acting. */
  reserve(n = 1): Reservation {
    if (n > this.burst) return { ok: false, delayMs: Infinity, cancel: () => {} };
    this.refill();
    this.tokens -= n;
    const delayMs = this.tokens >= 0 ? 0 : Math.ceil((-this.tokens * 1000) / this.ratePerSec);
    let cancelled = false;
    return {
      ok: true,
      delayMs,
      cancel: () => {
        if (cancelled) return;
        cancelled = true;
        this.refill();
        this.tokens = Math.min(this.burst, this.tokens + n);
      },
    };
  }

  /** Resolves once `n` tokens are ours; rejects (and returns them) when `signal` aborts first. */
  async wait(signal?: AbortSignal, n = 1): Promise<void> {
    signal?.throwIfAborted();
    const r = this.reserve(n);
    if (!r.ok) throw new RangeError(`wait(${n}) can never succeed: it asks for more than the burst of ${this.burst}`);
    if (r.delayMs === 0) return;
    try {
      await this.sleep(r.delayMs, signal);
    } catch (err) {
      r.cancel();
      throw err;
    }
  }

  private refill(): void {
    const now = this.now();
    // A clock that steps back (NTP) must not drain the bucket.
    const elapsed = Math.max(0, now - this.last);
    this.last = Math.max(this.last, now);
    this.tokens = Math.min(this.burst, this.tokens + (elapsed * this.ratePerSec) / 1000);
  }
}

export const /*$2*/limiter = new TokenBucket({ ratePerSec: /*$3*/100, burst: /*$4*/20 });
