import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlidingWindowLimiter } from '../../../snippets/src/sliding-window';
import { FakeClock } from '../fake-clock';

const make = (clock: FakeClock) => new SlidingWindowLimiter({ limit: 3, windowMs: 1000, slots: 10, now: clock.now });
const burst = (l: SlidingWindowLimiter) => Array.from({ length: 5 }, () => l.allow()).filter(Boolean).length;

test('no boundary burst: the slots before a window boundary still count after it', async () => {
  const clock = new FakeClock(999);
  const limiter = make(clock);
  assert.equal(burst(limiter), 3);
  await clock.advance(1);
  assert.equal(burst(limiter), 0);
  await clock.advance(800); // t = 1799: slot [900, 1000) is still one of the last ten
  assert.equal(burst(limiter), 0);
  await clock.advance(101); // t = 1900: it has left the ring
  assert.equal(burst(limiter), 3);
});

test('old slots expire one by one as the window slides', async () => {
  const clock = new FakeClock();
  const limiter = new SlidingWindowLimiter({ limit: 10, windowMs: 1000, slots: 10, now: clock.now });
  for (let i = 0; i < 5; i++) {
    assert.equal(limiter.allow(), true);
    await clock.advance(100);
  }
  assert.equal(limiter.count(), 5);
  await clock.advance(600); // t = 1100: slots 0 and 100 expired
  assert.equal(limiter.count(), 3);
  await clock.advance(60_000); // a long quiet period clears everything
  assert.equal(limiter.count(), 0);
});
