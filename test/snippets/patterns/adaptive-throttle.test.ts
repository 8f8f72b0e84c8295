import { test } from 'node:test';
import assert from 'node:assert/strict';
import { AdaptiveThrottle, ThrottledError } from '../../../snippets/src/adaptive-throttle';
import { FakeClock } from '../fake-clock';

test('drop probability is max(0, (requests − K·accepts) / (requests + 1))', () => {
  const clock = new FakeClock();
  const throttle = new AdaptiveThrottle({ k: 2, windowMs: 60_000, windowSlots: 6, now: clock.now });
  assert.equal(throttle.dropProbability(), 0);
  for (let i = 0; i < 100; i++) throttle.record(i < 20);
  assert.equal(throttle.dropProbability(), (100 - 2 * 20) / 101);
  for (let i = 0; i < 30; i++) throttle.record(true); // 130 requests, 50 accepts: K·accepts 100 < 130
  assert.equal(throttle.dropProbability(), (130 - 100) / 131);
  for (let i = 0; i < 20; i++) throttle.record(true); // 150 requests, 70 accepts: K·accepts 140
  assert.equal(throttle.dropProbability(), 10 / 151);
  for (let i = 0; i < 10; i++) throttle.record(true); // 160, 80: healthy again
  assert.equal(throttle.dropProbability(), 0);
});

test('drops a request locally with probability p, and the drop counts as a request', async () => {
  const clock = new FakeClock();
  let roll = 0;
  const throttle = new AdaptiveThrottle({ k: 2, windowMs: 60_000, windowSlots: 6, now: clock.now, random: () => roll });
  for (let i = 0; i < 10; i++) throttle.record(false); // p = 10/11
  const p = throttle.dropProbability();
  roll = p - 1e-9;
  let called = false;
  await assert.rejects(throttle.execute(async () => (called = true)), ThrottledError);
  assert.equal(called, false);
  assert.equal(throttle.dropProbability(), 11 / 12, 'the dropped request was counted');
  roll = 0.99;
  assert.equal(await throttle.execute(async () => 'served'), 'served');
});

test('a backend failure the caller marks as accepted (a 404) does not push p up', async () => {
  const clock = new FakeClock();
  const throttle = new AdaptiveThrottle({ k: 1, windowMs: 60_000, windowSlots: 6, now: clock.now, random: () => 1 });
  const notFound = Object.assign(new Error('404'), { status: 404 });
  for (let i = 0; i < 5; i++) {
    await assert.rejects(throttle.execute(async () => Promise.reject(notFound), (e) => (e as { status?: number }).status === 404));
  }
  assert.equal(throttle.dropProbability(), 0);
});

test('forgets requests older than the window, so a recovered backend is trusted again', async () => {
  const clock = new FakeClock();
  const throttle = new AdaptiveThrottle({ k: 2, windowMs: 60_000, windowSlots: 6, now: clock.now });
  for (let i = 0; i < 50; i++) throttle.record(false);
  assert.ok(throttle.dropProbability() > 0.9);
  await clock.advance(60_000);
  assert.equal(throttle.dropProbability(), 0);
});
