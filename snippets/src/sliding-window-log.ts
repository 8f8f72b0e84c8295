/** Sliding window log: at most `limit` requests in any `windowMs`, with no burst at window boundaries.
 *  Keeps only the last `limit` admitted timestamps in a ring, so each call is O(1), not a scan of the log. */

export interface SlidingWindowLogOptions {
  limit: number;
  windowMs: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
}

export class /*$1*/SlidingWindowLog {
  private readonly windowMs: number;
  private readonly now: () => number;
  // ring[next] is the oldest of the last `limit` admissions; a new one fits once that is out of the window.
  private readonly ring: number[];
  private next = 0;

  constructor(options: SlidingWindowLogOptions) {
    this.windowMs = options.windowMs;
    this.now = options.now ?? Date.now;
    this.ring = new Array<number>(options.limit).fill(-Infinity);
  }

  /** Admits and logs this request when fewer than `limit` were admitted in the last `windowMs`. */
  allow(): boolean {
    if (this.ring.length === 0) return false;
    const now = this.now();
    if (now - (this.ring[this.next] ?? -Infinity) < this.windowMs) return false;
    this.ring[this.next] = now;
    this.next = (this.next + 1) % this.ring.length;
    return true;
  }
}

export const /*$2*/limiter = new SlidingWindowLog({ limit: /*$3*/100, windowMs: /*$4*/1000 });
