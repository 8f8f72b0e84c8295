/** Hedged request: if the first attempt has not answered after `delayMs`, start another; the first success wins.
 *  Every other attempt is aborted through its own signal, so the losers stop work instead of finishing unseen. */
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface HedgeOptions {
  /** When to start the next attempt: a high percentile (p95) of normal latency. */
  delayMs: number;
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  signal?: AbortSignal | undefined;
  /** Waits `ms` or rejects when `signal` aborts; inject a fake one in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Runs `fn` with hedging; rejects with an AggregateError only when every attempt failed. */
export async function /*$1*/hedge<T>(fn: (signal: AbortSignal, attempt: number) => Promise<T>, options: HedgeOptions): Promise<T> {
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }));
  const done = new AbortController(); // aborts the losers and the hedge timer once there is an answer
  const outer = options.signal ? AbortSignal.any([options.signal, done.signal]) : done.signal;
  const errors: unknown[] = [];
  return new Promise<T>((resolve, reject) => {
    let started = 0;
    let failed = 0;
    const launch = (): void => {
      if (outer.aborted || started >= options.maxAttempts) return;
      const attempt = started++;
      fn(outer, attempt).then(
        (value) => {
          if (done.signal.aborted) return;
          done.abort(new Error(`hedge: attempt ${attempt} answered first`));
          resolve(value);
        },
        (err) => {
          errors.push(err);
          if (++failed === options.maxAttempts || outer.aborted) {
            done.abort(err);
            reject(options.signal?.aborted ? options.signal.reason : new AggregateError(errors, 'every hedged attempt failed'));
          } else if (failed === started) {
            launch(); // nothing in flight: do not wait for the timer
          }
        },
      );
      sleep(options.delayMs, outer).then(launch, () => {});
    };
    launch();
  });
}

/** Example: a GET hedged once after 50 ms; each attempt gets the shared abortable signal. */
export const /*$2*/getHedged = (url: string, signal?: AbortSignal): Promise<Response> =>
  hedge((attemptSignal) => fetch(url, { signal: attemptSignal }), { delayMs: /*$3*/50, maxAttempts: /*$4*/2, signal });
