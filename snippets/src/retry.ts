/** Retry with backoff: exponential, full jitter, a shared retry budget, and only errors `isRetryable` accepts.
 *  The budget (gRPC-style token bucket) stops a failing dependency from being hit with retries by every caller at once. */
import { setTimeout as sleepFor } from 'node:timers/promises';

export interface RetryOptions {
  /** Attempts in total, the first one included. */
  maxAttempts: number;
  baseMs: number;
  capMs: number;
  /** False for errors a retry cannot fix: bad input, 4xx, "don't retry" codes from downstream. */
  isRetryable: (err: unknown) => boolean;
  budget: RetryBudget;
  signal?: AbortSignal | undefined;
  /** Uniform [0, 1); inject a fixed one in tests. */
  random?: () => number;
  /** Waits `ms` or rejects when `signal` aborts; inject a fake one in tests. */
  sleep?: (ms: number, signal?: AbortSignal) => Promise<void>;
}

/** Shared by every call to one dependency: failures spend tokens, successes earn a fraction back. */
export class RetryBudget {
  private readonly maxTokens: number;
  private readonly tokenRatio: number;
  private tokens: number;

  constructor(maxTokens = 10, tokenRatio = 0.1) {
    this.maxTokens = maxTokens;
    this.tokenRatio = tokenRatio;
    this.tokens = maxTokens;
  }

  /** Retries are allowed while more than half the tokens are left. */
  canRetry(): boolean {
    return this.tokens > this.maxTokens / 2;
  }

  onFailure(): void {
    this.tokens = Math.max(0, this.tokens - 1);
  }

  onSuccess(): void {
    this.tokens = Math.min(this.maxTokens, this.tokens + this.tokenRatio);
  }
}

/** Calls `fn` until it succeeds, fails for good, runs out of attempts or budget, or `signal` aborts. */
export async function /*$1*/retry<T>(fn: (attempt: number, signal: AbortSignal) => Promise<T>, options: RetryOptions): Promise<T> {
  const random = options.random ?? Math.random;
  const sleep = options.sleep ?? ((ms: number, signal?: AbortSignal) => sleepFor(ms, undefined, { signal }));
  const signal = options.signal ?? new AbortController().signal; // a signal fn can always pass on
  for (let attempt = 0; ; attempt++) {
    signal.throwIfAborted();
    try {
      const result = await fn(attempt, signal);
      options.budget.onSuccess();
      return result;
    } catch (err) {
      // A cancelled call is not a failure of the dependency: it neither spends budget nor retries.
      if (signal.aborted || !options.isRetryable(err)) throw err;
      options.budget.onFailure();
      if (attempt + 1 >= options.maxAttempts || !options.budget.canRetry()) throw err;
      // Full jitter: anywhere in [0, backoff), so clients that failed together do not retry together.
      const backoff = Math.min(options.capMs, options.baseMs * 2 ** attempt);
      await sleep(random() * backoff, signal);
    }
  }
}

/** One budget per downstream dependency, shared by all its calls. */
export const /*$2*/budget = new RetryBudget(/*$3*/10, /*$4*/0.1);

/** A response status worth deciding on: 5xx may be retried, 4xx never. */
export class HttpStatusError extends Error {
  readonly status: number;

  constructor(status: number, url: string) {
    super(`${url} answered ${status}`);
    this.name = 'HttpStatusError';
    this.status = status;
  }
}

/** Example: a GET retried on network errors and 5xx, never on 4xx. */
export const /*$5*/getWithRetry = (url: string, signal?: AbortSignal): Promise<Response> =>
  retry(
    async (_attempt, attemptSignal) => {
      const res = await fetch(url, { signal: attemptSignal });
      if (res.status >= 500) throw new HttpStatusError(res.status, url);
      return res;
    },
    {
      maxAttempts: /*$6*/4,
      baseMs: /*$7*/100,
      capMs: /*$8*/2000,
      budget: budget,
      signal,
      isRetryable: (err) => !(err instanceof HttpStatusError) || err.status >= 500,
    },
  );
