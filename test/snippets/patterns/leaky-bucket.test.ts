import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LeakyBucket } from '../../../snippets/src/leaky-bucket';
import { FakeClock } from '../fake-clock';

test('admits up to its capacity at once, then one request per drained unit', async () => {
  const clock = new FakeClock();
  const bucket = new LeakyBucket({ ratePerSec: 4, capacity: 2, now: clock.now });
  assert.deepEqual([1, 2, 3].map(() => bucket.allow()), [true, true, false]);
  await clock.advance(125); // half a unit drained: still full
  assert.equal(bucket.allow(), false);
  await clock.advance(125);
  assert.equal(bucket.allow(), true);
  let admitted = 0;
  for (let t = 0; t < 40; t++) {
    await clock.advance(50);
    if (bucket.allow()) admitted++;
  }
  assert.equal(admitted, 8, '2 s at 4/s');
});
