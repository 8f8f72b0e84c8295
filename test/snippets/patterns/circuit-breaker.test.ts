import { test } from 'node:test';
import assert from 'node:assert/strict';
import { BrokenCircuitError, CircuitBreaker, type BreakerState } from '../../../snippets/src/circuit-breaker';
import { FakeClock, settle } from '../fake-clock';

function setup() {
  const clock = new FakeClock();
  const changes: string[] = [];
  const breaker = new CircuitBreaker({
    failureRate: 0.5,
    minimumCalls: 4,
    windowMs: 10_000,
    windowSlots: 10,
    openMs: 5000,
    halfOpenProbes: 2,
    successThreshold: 3,
    onStateChange: (from: BreakerState, to: BreakerState) => changes.push(`${from}→${to}`),
    now: clock.now,
  });
  const ok = () => breaker.execute(async () => 'ok');
  const fail = () => breaker.execute(async () => Promise.reject(new Error('downstream 503')));
  return { clock, changes, breaker, ok, fail };
}

test('stays closed below the minimum calls and below the rate; opens exactly at the threshold', async () => {
  const { breaker, ok, fail, changes } = setup();
  await assert.rejects(fail()); // 1 of 1 failed, but one early failure must not open it
  assert.equal(breaker.state, 'closed');
  await ok();
  await ok(); // 1 of 3
  await ok(); // 1 of 4 = 25%
  await assert.rejects(fail()); // 2 of 5 = 40%
  assert.equal(breaker.state, 'closed');
  await assert.rejects(fail(), /downstream 503/); // 3 of 6 = 50%: opens
  assert.equal(breaker.state, 'open');
  assert.deepEqual(changes, ['closed→open']);
  await assert.rejects(ok(), BrokenCircuitError, 'open rejects without calling');
});

test('failures that left the rolling window no longer count', async () => {
  const { breaker, ok, fail, clock } = setup();
  await assert.rejects(fail());
  await assert.rejects(fail());
  await ok();
  await clock.advance(10_000);
  await ok();
  await ok();
  await ok();
  await assert.rejects(fail()); // 1 of 4 in the window, not 3 of 7
  assert.equal(breaker.state, 'closed');
});

test('half-open lets only the probe quota through, closes after the success threshold, reports each move', async () => {
  const { breaker, fail, clock, changes } = setup();
  for (let i = 0; i < 4; i++) await assert.rejects(fail());
  assert.equal(breaker.state, 'open');
  await clock.advance(4999);
  assert.equal(breaker.state, 'open');
  await clock.advance(1);
  assert.equal(breaker.state, 'half-open');

  let calls = 0;
  const release: Array<() => void> = [];
  const probe = () =>
    breaker.execute(() => {
      calls++;
      return new Promise<string>((resolve) => release.push(() => resolve('ok')));
    });
  const p1 = probe();
  const p2 = probe();
  await assert.rejects(probe(), BrokenCircuitError, 'a third concurrent probe is over the quota');
  assert.equal(calls, 2);
  release.forEach((r) => r());
  await Promise.all([p1, p2]);
  assert.equal(breaker.state, 'half-open', '2 successes of the 3 needed');
  const p3 = probe();
  await settle();
  release[2]();
  await p3;
  assert.equal(breaker.state, 'closed');
  assert.deepEqual(changes, ['closed→open', 'open→half-open', 'half-open→closed']);
});

test('a failed probe opens the breaker again for another full openMs', async () => {
  const { breaker, ok, fail, clock, changes } = setup();
  for (let i = 0; i < 4; i++) await assert.rejects(fail());
  await clock.advance(5000);
  await assert.rejects(fail());
  assert.equal(breaker.state, 'open');
  await clock.advance(4999);
  await assert.rejects(ok(), BrokenCircuitError);
  await clock.advance(1);
  await ok();
  assert.deepEqual(changes, ['closed→open', 'open→half-open', 'half-open→open', 'open→half-open']);
});

test('errors isFailure rejects (a 404 is the caller\'s fault) never open the breaker', async () => {
  const clock = new FakeClock();
  const breaker = new CircuitBreaker({
    failureRate: 0.5,
    minimumCalls: 2,
    windowMs: 10_000,
    windowSlots: 10,
    openMs: 5000,
    halfOpenProbes: 1,
    successThreshold: 1,
    isFailure: (err) => (err as { status?: number }).status !== 404,
    now: clock.now,
  });
  const notFound = Object.assign(new Error('not found'), { status: 404 });
  for (let i = 0; i < 10; i++) await assert.rejects(breaker.execute(async () => Promise.reject(notFound)), /not found/);
  assert.equal(breaker.state, 'closed');
  const unavailable = Object.assign(new Error('unavailable'), { status: 503 });
  for (let i = 0; i < 10; i++) await assert.rejects(breaker.execute(async () => Promise.reject(unavailable)));
  assert.equal(breaker.state, 'open');
});
