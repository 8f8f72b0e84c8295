import { test } from 'node:test';
import assert from 'node:assert/strict';
import { FixedWindowLimiter } from '../../../snippets/src/fixed-window';
import { FakeClock } from '../fake-clock';

test('admits exactly `limit` per window, counting the request that opens a new window', async () => {
  const clock = new FakeClock();
  const limiter = new FixedWindowLimiter({ limit: 3, windowMs: 1000, now: clock.now });
  const run = (n: number) => Array.from({ length: n }, () => limiter.allow()).filter(Boolean).length;
  assert.equal(run(10), 3);
  await clock.advance(1000);
  // The seed's Go version reset the count without counting the resetting request, so it admitted 4 here.
  assert.equal(run(10), 3);
  await clock.advance(2500);
  assert.equal(run(10), 3);
});

test('windows are aligned to the clock, so a late first request does not shift them', async () => {
  const clock = new FakeClock(700);
  const limiter = new FixedWindowLimiter({ limit: 1, windowMs: 1000, now: clock.now });
  assert.equal(limiter.allow(), true);
  await clock.advance(299); // t = 999, same window [0, 1000)
  assert.equal(limiter.allow(), false);
  await clock.advance(1); // t = 1000, next window
  assert.equal(limiter.allow(), true);
});
