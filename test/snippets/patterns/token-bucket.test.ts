import { test } from 'node:test';
import assert from 'node:assert/strict';
import { TokenBucket } from '../../../snippets/src/token-bucket';
import { FakeClock } from '../fake-clock';

test('allows its burst at once, then exactly its rate', async () => {
  const clock = new FakeClock();
  const bucket = new TokenBucket({ ratePerSec: 2, burst: 5, now: clock.now });
  const burst = Array.from({ length: 8 }, () => bucket.allow());
  assert.deepEqual(burst, [true, true, true, true, true, false, false, false]);
  // Polling every 125 ms for 10 s: 2 per second is 20 more, never 21.
  let admitted = 0;
  for (let t = 0; t < 80; t++) {
    await clock.advance(125);
    while (bucket.allow()) admitted++;
  }
  assert.equal(admitted, 20);
});

test('refills fractionally: half a token after 250 ms at 2/s, a whole one after 500 ms (not after a whole second)', async () => {
  const clock = new FakeClock();
  const bucket = new TokenBucket({ ratePerSec: 2, burst: 1, now: clock.now });
  assert.equal(bucket.allow(), true);
  await clock.advance(250);
  assert.equal(bucket.allow(), false);
  await clock.advance(250);
  assert.equal(bucket.allow(), true);
});

test('a quiet period never fills the bucket beyond its burst', async () => {
  const clock = new FakeClock();
  const bucket = new TokenBucket({ ratePerSec: 10, burst: 3, now: clock.now });
  await clock.advance(60_000);
  assert.deepEqual([1, 2, 3, 4].map(() => bucket.allow()), [true, true, true, false]);
});

test('reserve goes into debt and says how long to wait; cancel hands the tokens back', async () => {
  const clock = new FakeClock();
  const bucket = new TokenBucket({ ratePerSec: 4, burst: 2, now: clock.now });
  assert.equal(bucket.reserve().delayMs, 0);
  assert.equal(bucket.reserve().delayMs, 0);
  const third = bucket.reserve();
  assert.deepEqual([third.ok, third.delayMs], [true, 250]);
  assert.equal(bucket.reserve().delayMs, 500);
  assert.equal(bucket.reserve(3).ok, false, 'more than the burst can never be reserved');
  third.cancel();
  third.cancel(); // twice is once
  assert.equal(bucket.reserve().delayMs, 500);
});

test('wait resolves once the token is due; an aborted wait rejects and returns its token', async () => {
  const clock = new FakeClock();
  const bucket = new TokenBucket({ ratePerSec: 1, burst: 1, now: clock.now, sleep: clock.sleep });
  await bucket.wait();
  let done = false;
  const waiting = bucket.wait().then(() => (done = true));
  await clock.advance(999);
  assert.equal(done, false);
  await clock.advance(1);
  await waiting;
  assert.equal(done, true);

  const controller = new AbortController();
  const aborted = bucket.wait(controller.signal);
  controller.abort(new Error('client went away'));
  await assert.rejects(aborted, /client went away/);
  await clock.advance(1000);
  assert.equal(bucket.allow(), true, 'the aborted waiter gave its token back');
  await assert.rejects(bucket.wait(undefined, 2), /more than the burst/);
});
