import { test } from 'node:test';
import assert from 'node:assert/strict';
import { SlidingWindowLog } from '../../../snippets/src/sliding-window-log';
import { FixedWindowLimiter } from '../../../snippets/src/fixed-window';
import { FakeClock } from '../fake-clock';

test('no boundary burst: a full window just before a boundary blocks the requests just after it', async () => {
  const clock = new FakeClock(999);
  const log = new SlidingWindowLog({ limit: 3, windowMs: 1000, now: clock.now });
  const fixed = new FixedWindowLimiter({ limit: 3, windowMs: 1000, now: clock.now });
  const burst = (l: { allow(): boolean }) => Array.from({ length: 5 }, () => l.allow()).filter(Boolean).length;
  assert.equal(burst(log), 3);
  assert.equal(burst(fixed), 3);
  await clock.advance(1); // t = 1000: a fixed window resets here and admits 3 more — 6 within 1 ms
  assert.equal(burst(fixed), 3);
  assert.equal(burst(log), 0);
  await clock.advance(998); // t = 1998: the three from t = 999 are still inside the last 1000 ms
  assert.equal(burst(log), 0);
  await clock.advance(1); // t = 1999: they left
  assert.equal(burst(log), 3);
});

test('any window of windowMs holds at most `limit` admissions under steady pressure', async () => {
  const clock = new FakeClock();
  const log = new SlidingWindowLog({ limit: 5, windowMs: 1000, now: clock.now });
  const admitted: number[] = [];
  for (let t = 0; t < 5000; t += 37) {
    await clock.advance(37);
    if (log.allow()) admitted.push(clock.now());
  }
  for (const start of admitted) {
    assert.ok(admitted.filter((t) => t >= start && t < start + 1000).length <= 5, `more than 5 in [${start}, ${start + 1000})`);
  }
  assert.ok(admitted.length >= 25, `only ${admitted.length} admitted in 5 s`);
});
