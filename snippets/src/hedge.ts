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
  options.signal?.throwIfAborted();
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }));
  const done = new AbortController(); // once settled: aborts the losers and the pending hedge timers
  const signal = options.signal ? AbortSignal.any([options.signal, done.signal]) : done.signal;
  return new Promise<T>((resolve, reject) => {
    const errors: unknown[] = [];
    let started = 0;
    const finish = (settle: () => void, reason: unknown): void => {
      if (done.signal.aborted) return;
      done.abort(reason);
      settle();
    };
    // The caller giving up settles at once, even while an attempt ignores its signal.
    signal.addEventListener('abort', () => finish(() => reject(options.signal?.reason), options.signal?.reason), { once: true });
    const launch = (): void => {
      if (signal.aborted || started >= options.maxAttempts) return;
      const attempt = started++;
      (async () => fn(signal, attempt))().then(
        (value) => finish(() => resolve(value), new Error(`hedge: attempt ${attempt} answered first`)),
        (err: unknown) => {
          errors.push(err);
          if (errors.length === options.maxAttempts) {
            finish(() => reject(new AggregateError(errors, `all ${options.maxAttempts} hedged attempts failed`)), err);
          } else if (errors.length === started) {
            launch(); // nothing left in flight: do not wait for the timer
          }
        },
      );
      if (started < options.maxAttempts) sleep(options.delayMs, signal).then(launch, () => {});
    };
    launch();
  });
}

/** Example: a GET hedged once after 50 ms; each attempt gets the shared abortable signal. */
export const /*$2*/getHedged = (url: string, signal?: AbortSignal): Promise<Response> =>
  hedge((attemptSignal) => fetch(url, { signal: attemptSignal }), { delayMs: /*$3*/50, maxAttempts: /*$4*/2, signal });
