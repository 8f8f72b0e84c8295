/** Google SRE adaptive throttling: the client drops requests locally with p = max(0, (requests − K·accepts) / (requests + 1)).
 *  Counts over a rolling window, so a backend that recovers is trusted again within `windowMs`. */

export interface AdaptiveThrottleOptions {
  /** K: 2 is the book's value; lower drops earlier, higher wastes more backend capacity on rejections. */
  k: number;
  windowMs: number;
  windowSlots: number;
  /** Milliseconds clock; inject a fake one in tests. */
  now?: () => number;
  /** Uniform [0, 1); inject a fixed one in tests. */
  random?: () => number;
}

export class ThrottledError extends Error {
  constructor(probability: number) {
    super(`request dropped locally: the backend accepted too few recent requests (drop probability ${probability.toFixed(2)})`);
    this.name = 'ThrottledError';
  }
}

export class /*$1*/AdaptiveThrottle {
  private readonly k: number;
  private readonly slotMs: number;
  private readonly now: () => number;
  private readonly random: () => number;
  private readonly requests: number[];
  private readonly accepts: number[];
  private slot = -Infinity;

  constructor(options: AdaptiveThrottleOptions) {
    this.k = options.k;
    this.slotMs = options.windowMs / options.windowSlots;
    this.now = options.now ?? Date.now;
    this.random = options.random ?? Math.random;
    this.requests = new Array<number>(options.windowSlots).fill(0);
    this.accepts = new Array<number>(options.windowSlots).fill(0);
  }

  /** The probability that the next request is dropped locally. */
  dropProbability(): number {
    this.advance();
    const requests = sum(this.requests);
    const accepts = sum(this.accepts);
    return Math.max(0, (requests - this.k * accepts) / (requests + 1));
  }

  /**
   * Runs `fn` unless it is dropped; `isAccepted` decides which failures still mean the backend accepted the
   * request (a 404 was served, a 503 was not).
   */
  async execute<T>(fn: () => Promise<T>, isAccepted: (err: unknown) => boolean = () => false): Promise<T> {
    const p = this.dropProbability();
    if (this.random() < p) {
      this.record(false); // a dropped request still counts, which keeps p up while the backend is down
      throw new ThrottledError(p);
    }
    try {
      const result = await fn();
      this.record(true);
      return result;
    } catch (err) {
      this.record(isAccepted(err));
      throw err;
    }
  }

  /** Counts one request and whether the backend accepted it. */
  record(accepted: boolean): void {
    const i = this.advance();
    this.requests[i] = (this.requests[i] ?? 0) + 1;
    if (accepted) this.accepts[i] = (this.accepts[i] ?? 0) + 1;
  }

  private advance(): number {
    const current = Math.floor(this.now() / this.slotMs);
    const expired = Math.min(current - this.slot, this.requests.length);
    for (let k = 1; k <= expired; k++) {
      const index = (current - expired + k) % this.requests.length;
      this.requests[index] = 0;
      this.accepts[index] = 0;
    }
    this.slot = Math.max(this.slot, current);
    return this.slot % this.requests.length;
  }
}

const sum = (xs: number[]): number => xs.reduce((a, b) => a + b, 0);

export const /*$2*/throttle = new AdaptiveThrottle({ k: /*$3*/2, windowMs: /*$4*/120000, windowSlots: 12 });
