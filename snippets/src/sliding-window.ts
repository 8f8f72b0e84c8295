/** Sliding window counter (kratos-style ring of slots): at most `limit` requests in the last `slots` slots.
 *  Slots are reused in place and expired lazily, and a running total keeps each call O(1) amortised. */

export interface SlidingWindowOptions {
  limit: number;
  windowMs: number;
  /** Slots per window: more slots track the window more closely and cost a little memory. */
  slots: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
}

export class /*$1*/SlidingWindowLimiter {
  private readonly limit: number;
  private readonly slotMs: number;
  private readonly now: () => number;
  private readonly counts: number[];
  private total = 0;
  private slot = -Infinity; // index (time / slotMs) of the newest slot in the ring

  constructor(options: SlidingWindowOptions) {
    this.limit = options.limit;
    this.slotMs = options.windowMs / options.slots;
    this.now = options.now ?? Date.now;
    this.counts = new Array<number>(options.slots).fill(0);
  }

  /** Counts this request when the window holds fewer than `limit`. */
  allow(): boolean {
    this.advance(Math.floor(this.now() / this.slotMs));
    if (this.total >= this.limit) return false;
    const i = this.slot % this.counts.length;
    this.counts[i] = (this.counts[i] ?? 0) + 1;
    this.total++;
    return true;
  }

  /** Requests counted in the current window. */
  count(): number {
    this.advance(Math.floor(this.now() / this.slotMs));
    return this.total;
  }

  private advance(current: number): void {
    if (current <= this.slot) return; // same slot, or a clock that stepped back
    // Clear every slot that left the window; after a long quiet period that is all of them, once.
    const expired = Math.min(current - this.slot, this.counts.length);
    for (let i = 1; i <= expired; i++) {
      const index = (current - expired + i) % this.counts.length;
      this.total -= this.counts[index] ?? 0;
      this.counts[index] = 0;
    }
    this.slot = current;
  }
}

export const /*$2*/limiter = new SlidingWindowLimiter({ limit: /*$3*/100, windowMs: /*$4*/1000, slots: /*$5*/10 });
