import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LeakyQueue, QueueFullError } from '../../../snippets/src/leaky-queue';
import { FakeClock } from '../fake-clock';

test('callers leave the queue evenly spaced at the rate, and a full queue rejects at once', async () => {
  const clock = new FakeClock();
  const queue = new LeakyQueue({ ratePerSec: 10, maxWaiting: 3, now: clock.now, sleep: clock.sleep });
  const left: number[] = [];
  const takes = Array.from({ length: 4 }, () => queue.take().then(() => left.push(clock.now())));
  await assert.rejects(queue.take(), QueueFullError);
  await clock.advance(1000);
  await Promise.all(takes);
  assert.deepEqual(left, [0, 100, 200, 300]);
});

test('an aborted waiter leaves the line and the next caller gets its turn', async () => {
  const clock = new FakeClock();
  const queue = new LeakyQueue({ ratePerSec: 10, maxWaiting: 1, now: clock.now, sleep: clock.sleep });
  await queue.take(); // t = 0, leaves at once
  const controller = new AbortController();
  const waiting = queue.take(controller.signal);
  controller.abort(new Error('gave up'));
  await assert.rejects(waiting, /gave up/);
  let at = -1;
  const next = queue.take().then(() => (at = clock.now()));
  await clock.advance(100);
  await next;
  assert.equal(at, 100);
});
