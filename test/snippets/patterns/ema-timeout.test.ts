import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EmaTimeout } from '../../../snippets/src/ema-timeout';

test('healthy average lends up to maxMs; a slow average shrinks the timeout linearly down to highWaterMs', () => {
  const t = new EmaTimeout({ targetMs: 50, highWaterMs: 200, maxMs: 1000, samples: 1 }); // alpha 1: EMA = last sample
  assert.equal(t.timeoutMs(), 1000);
  t.observe(40);
  assert.equal(t.timeoutMs(), 1000);
  t.observe(125); // halfway from 50 to 200: halfway from 1000 to 200
  assert.equal(t.timeoutMs(), 600);
  t.observe(500);
  assert.equal(t.timeoutMs(), 200);
});

test('the average moves by alpha = 2 / (N + 1) per sample', () => {
  const t = new EmaTimeout({ targetMs: 50, highWaterMs: 200, maxMs: 1000, samples: 3 }); // alpha 0.5
  t.observe(150);
  assert.equal(t.average, 100);
  t.observe(100);
  assert.equal(t.average, 100);
  t.observe(0);
  assert.equal(t.average, 50);
});

test('rejects settings that cannot work, and gives a signal that aborts', async () => {
  assert.throws(() => new EmaTimeout({ targetMs: 300, highWaterMs: 200, maxMs: 1000, samples: 10 }), RangeError);
  const t = new EmaTimeout({ targetMs: 1, highWaterMs: 2, maxMs: 3, samples: 10 });
  const signal = t.signal();
  await new Promise((resolve) => signal.addEventListener('abort', resolve, { once: true }));
  assert.equal((signal.reason as Error).name, 'TimeoutError');
});
