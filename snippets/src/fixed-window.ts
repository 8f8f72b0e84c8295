/** Fixed window counter: at most `limit` requests per window of `windowMs`, windows aligned to the clock.
 *  The request that opens a new window is counted in it, so no window ever admits `limit + 1`. */

export interface FixedWindowOptions {
  limit: number;
  windowMs: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
}

export class /*$1*/FixedWindowLimiter {
  private readonly limit: number;
  private readonly windowMs: number;
  private readonly now: () => number;
  private windowStart = -Infinity;
  private count = 0;

  constructor(options: FixedWindowOptions) {
    this.limit = options.limit;
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
  }

  /** Counts this request; false when the current window is already full. */
  allow(): boolean {
    const now = this.now();
    if (now - this.windowStart >= this.windowMs) {
      // Aligned starts (0, windowMs, 2·windowMs…) let every instance agree on where windows begin.
      this.windowStart = now - (now % this.windowMs);
      this.count = 0;
    }
    if (this.count >= this.limit) return false;
    this.count++;
    return true;
  }
}

export const /*$2*/limiter = new FixedWindowLimiter({ limit: /*$3*/100, windowMs: /*$4*/1000 });
