/** Leaky bucket as a meter: each request adds one unit of water that drains at `ratePerSec`; full means reject.
 *  Drains continuously by elapsed milliseconds, so the admitted rate is smooth and never exceeds the drain. */

export interface LeakyBucketOptions {
  /** Units drained per second: the sustained rate admitted. */
  ratePerSec: number;
  /** Water the bucket holds: how many requests may be admitted back to back. */
  capacity: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
}

export class /*$1*/LeakyBucket {
  private readonly ratePerSec: number;
  private readonly capacity: number;
  private readonly now: () => number;
  private water = 0;
  private last: number;

  constructor(options: LeakyBucketOptions) {
    this.ratePerSec = options.ratePerSec;
    this.capacity = options.capacity;
    this.now = options.now ?? Date.now;
    this.last = this.now();
  }

  /** Adds this request to the bucket; false when it would overflow. */
  allow(): boolean {
    const now = this.now();
    const elapsed = Math.max(0, now - this.last);
    this.last = Math.max(this.last, now);
    this.water = Math.max(0, this.water - (elapsed * this.ratePerSec) / 1000);
    if (this.water + 1 > this.capacity) return false;
    this.water += 1;
    return true;
  }
}

export const /*$2*/limiter = new LeakyBucket({ ratePerSec: /*$3*/100, capacity: /*$4*/20 });
