/** EMA adaptive timeout: tracks an exponential moving average of latency and lends slow calls up to `maxMs` while the average is healthy.
 *  As the average climbs from `targetMs` to `highWaterMs` the timeout shrinks linearly to `highWaterMs`, so a slow dependency cannot pile up waiters. */

export interface EmaTimeoutOptions {
  /** Average latency considered healthy: at or below it every call gets `maxMs`. */
  targetMs: number;
  /** The ordinary timeout, used once the average reaches it. */
  highWaterMs: number;
  /** The most any call may wait, lent only while the average is healthy. */
  maxMs: number;
  /** Samples the average spans: alpha = 2 / (samples + 1). */
  samples: number;
}

export class /*$1*/EmaTimeout {
  private readonly o: EmaTimeoutOptions;
  private readonly alpha: number;
  private ema: number;

  constructor(options: EmaTimeoutOptions) {
    if (!(options.targetMs < options.highWaterMs && options.highWaterMs <= options.maxMs)) {
      throw new RangeError('EmaTimeout needs targetMs < highWaterMs <= maxMs');
    }
    this.o = options;
    this.alpha = 2 / (options.samples + 1);
    this.ema = options.targetMs;
  }

  /** The current average latency in ms. */
  get average(): number {
    return this.ema;
  }

  /** The timeout for the next call, in ms. */
  timeoutMs(): number {
    const { targetMs, highWaterMs, maxMs } = this.o;
    if (this.ema <= targetMs) return maxMs;
    if (this.ema >= highWaterMs) return highWaterMs;
    return maxMs - ((this.ema - targetMs) / (highWaterMs - targetMs)) * (maxMs - highWaterMs);
  }

  /** An AbortSignal that fires after the current timeout, for `fetch(url, { signal })`. */
  signal(): AbortSignal {
    return AbortSignal.timeout(Math.round(this.timeoutMs()));
  }

  /** Feeds one call's latency; record a timed-out call with the timeout it hit. */
  observe(latencyMs: number): void {
    this.ema = this.alpha * latencyMs + (1 - this.alpha) * this.ema;
  }
}

export const /*$2*/timeout = new EmaTimeout({ targetMs: /*$3*/50, highWaterMs: /*$4*/200, maxMs: /*$5*/1000, samples: /*$6*/50 });
