import { test } from 'node:test';
import assert from 'node:assert/strict';
import { HttpStatusError, retry, RetryBudget, type RetryOptions } from '../../../snippets/src/retry';
import { FakeClock } from '../fake-clock';

const transient = () => new Error('ECONNRESET');
const isRetryable = (err: unknown) => !(err instanceof HttpStatusError) || err.status >= 500;

function options(clock: FakeClock, budget = new RetryBudget(), extra: Partial<RetryOptions> = {}): RetryOptions {
  return { maxAttempts: 4, baseMs: 100, capMs: 1000, isRetryable, budget, random: () => 1, sleep: clock.sleep, ...extra };
}

test('backs off exponentially with full jitter (random × min(cap, base·2^n)) and stops at maxAttempts', async () => {
  const clock = new FakeClock();
  const waits: number[] = [];
  const sleep = (ms: number, signal?: AbortSignal) => (waits.push(ms), clock.sleep(ms, signal));
  let attempts = 0;
  const run = retry(async () => {
    attempts++;
    throw transient();
  }, options(clock, new RetryBudget(100), { maxAttempts: 5, capMs: 500, random: () => 0.5, sleep }));
  const failed = assert.rejects(run, /ECONNRESET/);
  await clock.advance(10_000);
  await failed;
  assert.equal(attempts, 5);
  assert.deepEqual(waits, [50, 100, 200, 250]);
});

test('never retries an error that is not retryable, and does not spend budget on it', async () => {
  const clock = new FakeClock();
  const budget = new RetryBudget(2);
  let attempts = 0;
  await assert.rejects(
    retry(async () => {
      attempts++;
      throw new HttpStatusError(404, 'http://orders/42');
    }, options(clock, budget)),
    /answered 404/,
  );
  assert.equal(attempts, 1);
  assert.equal(budget.canRetry(), true);
});

test('retries never exceed the budget, however many callers fail', async () => {
  const clock = new FakeClock();
  const budget = new RetryBudget(10, 0.1);
  let attempts = 0;
  const calls = Array.from({ length: 100 }, () =>
    retry(async () => {
      attempts++;
      throw transient();
    }, options(clock, budget)).catch(() => 'failed'),
  );
  await clock.advance(60_000);
  await Promise.all(calls);
  // 10 tokens; retries stop at half: 100 first attempts plus at most 10 / 2 retries — not 100 × 3.
  assert.ok(attempts - 100 <= 5, `${attempts - 100} retries`);
  assert.ok(attempts > 100, 'some retries happened while the budget allowed');
});

test('successes earn the budget back, and an eventual success is returned', async () => {
  const clock = new FakeClock();
  const budget = new RetryBudget(10, 0.5);
  for (let i = 0; i < 5; i++) budget.onFailure();
  assert.equal(budget.canRetry(), false);
  let attempts = 0;
  assert.equal(await retry(async () => ++attempts, options(clock, budget)), 1);
  assert.equal(budget.canRetry(), true);
  attempts = 0;
  const run = retry(async () => {
    if (++attempts < 3) throw transient();
    return 'ok';
  }, options(clock, new RetryBudget()));
  await clock.advance(1000);
  assert.equal(await run, 'ok');
});

test('an abort stops the backoff and passes its reason on; the attempt gets the signal', async () => {
  const clock = new FakeClock();
  const controller = new AbortController();
  let seen: AbortSignal | undefined;
  const run = retry(async (_n, signal) => {
    seen = signal;
    throw transient();
  }, options(clock, new RetryBudget(), { signal: controller.signal }));
  await clock.advance(10);
  controller.abort(new Error('request cancelled'));
  await assert.rejects(run, /request cancelled/);
  assert.equal(seen, controller.signal);
});

test('a call cancelled mid-attempt is not retried and spends no budget', async () => {
  const clock = new FakeClock();
  const budget = new RetryBudget(2); // one failure would leave 1 token: no more retries
  const controller = new AbortController();
  let attempts = 0;
  const run = retry(async (_n, signal) => {
    attempts++;
    controller.abort(new Error('request cancelled'));
    throw signal.reason;
  }, options(clock, budget, { signal: controller.signal }));
  await assert.rejects(run, /request cancelled/);
  assert.equal(attempts, 1);
  assert.equal(budget.canRetry(), true);
});
