import { test } from 'node:test';
import assert from 'node:assert/strict';
import { hedge } from '../../../snippets/src/hedge';
import { FakeClock } from '../fake-clock';

/** An attempt that answers `value` after `ms` of fake time, or rejects when its signal aborts. */
const answerAfter = (clock: FakeClock, ms: number, value: string, log: string[]) => (signal: AbortSignal) =>
  clock.sleep(ms, signal).then(
    () => value,
    (reason) => {
      log.push(`${value} cancelled`);
      throw reason;
    },
  );

test('a fast first attempt answers alone: no hedge is started', async () => {
  const clock = new FakeClock();
  const started: number[] = [];
  const log: string[] = [];
  const result = hedge((signal, attempt) => (started.push(attempt), answerAfter(clock, 30, 'primary', log)(signal)), {
    delayMs: 50,
    maxAttempts: 2,
    sleep: clock.sleep,
  });
  await clock.advance(1000);
  assert.equal(await result, 'primary');
  assert.deepEqual(started, [0]);
  assert.equal(clock.pending, 0, 'the hedge timer was cancelled');
});

test('a slow first attempt is hedged after delayMs; the faster answer wins and the loser is cancelled', async () => {
  const clock = new FakeClock();
  const log: string[] = [];
  const startedAt: number[] = [];
  const result = hedge(
    (signal, attempt) => {
      startedAt.push(clock.now());
      return attempt === 0 ? answerAfter(clock, 500, 'primary', log)(signal) : answerAfter(clock, 20, 'hedge', log)(signal);
    },
    { delayMs: 50, maxAttempts: 2, sleep: clock.sleep },
  );
  await clock.advance(70);
  assert.equal(await result, 'hedge');
  assert.deepEqual(startedAt, [0, 50]);
  assert.deepEqual(log, ['primary cancelled']);
});

test('when every attempt fails the error lists them all; a failure starts the next attempt at once', async () => {
  const clock = new FakeClock();
  const startedAt: number[] = [];
  const result = hedge(
    async (_signal, attempt) => {
      startedAt.push(clock.now());
      throw new Error(`attempt ${attempt} failed`);
    },
    { delayMs: 50, maxAttempts: 3, sleep: clock.sleep },
  );
  await assert.rejects(result, (err: AggregateError) => err.errors.length === 3);
  assert.deepEqual(startedAt, [0, 0, 0]);
});

test("the caller's abort cancels every attempt and rejects with its reason", async () => {
  const clock = new FakeClock();
  const log: string[] = [];
  const controller = new AbortController();
  const result = hedge(answerAfter(clock, 1000, 'slow', log), { delayMs: 50, maxAttempts: 2, signal: controller.signal, sleep: clock.sleep });
  await clock.advance(60);
  controller.abort(new Error('client went away'));
  await assert.rejects(result, /client went away/);
  assert.deepEqual(log, ['slow cancelled', 'slow cancelled']);
});

test('an attempt that ignores its signal cannot hold the caller: abort settles at once', async () => {
  const clock = new FakeClock();
  const controller = new AbortController();
  const result = hedge(() => new Promise<string>(() => {}), { delayMs: 50, maxAttempts: 2, signal: controller.signal, sleep: clock.sleep });
  controller.abort(new Error('client went away'));
  await assert.rejects(result, /client went away/);
  await assert.rejects(hedge(async () => 'x', { delayMs: 50, maxAttempts: 2, signal: controller.signal }), /client went away/);
});

test('an attempt that throws synchronously counts as a failed attempt', async () => {
  const clock = new FakeClock();
  let calls = 0;
  const result = hedge(
    (_signal, attempt) => {
      calls++;
      if (attempt === 0) throw new Error('bad request built');
      return Promise.resolve('second');
    },
    { delayMs: 50, maxAttempts: 2, sleep: clock.sleep },
  );
  assert.equal(await result, 'second');
  assert.equal(calls, 2);
});
