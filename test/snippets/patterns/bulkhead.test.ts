import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Bulkhead, BulkheadRejectedError } from '../../../snippets/src/bulkhead';
import { settle } from '../fake-clock';

/** A call the test finishes by hand. */
function gate() {
  let open!: () => void;
  const opened = new Promise<void>((resolve) => (open = resolve));
  return { open, opened };
}

test('runs at most maxConcurrent at once, queues maxQueued more in order, rejects the rest', async () => {
  const bulkhead = new Bulkhead({ maxConcurrent: 2, maxQueued: 2 });
  const gates = Array.from({ length: 4 }, gate);
  const started: number[] = [];
  const calls = gates.map((g, i) => bulkhead.execute(async () => (started.push(i), await g.opened, i)));
  await settle();
  assert.deepEqual(started, [0, 1]);
  assert.deepEqual([bulkhead.active, bulkhead.queued], [2, 2]);
  await assert.rejects(bulkhead.execute(async () => 'never'), BulkheadRejectedError);
  gates[1].open();
  await settle();
  assert.deepEqual(started, [0, 1, 2], 'the freed slot goes to the first waiter');
  gates[0].open();
  gates[2].open();
  gates[3].open();
  assert.deepEqual(await Promise.all(calls), [0, 1, 2, 3]);
  assert.deepEqual([bulkhead.active, bulkhead.queued], [0, 0]);
});

test('a waiter whose signal aborts leaves the queue without ever running', async () => {
  const bulkhead = new Bulkhead({ maxConcurrent: 1, maxQueued: 5 });
  const g = gate();
  const first = bulkhead.execute(() => g.opened);
  const controller = new AbortController();
  let ran = false;
  const waiting = bulkhead.execute(async () => void (ran = true), controller.signal);
  controller.abort(new Error('deadline passed'));
  await assert.rejects(waiting, /deadline passed/);
  assert.equal(bulkhead.queued, 0);
  g.open();
  await first;
  assert.equal(ran, false);
  assert.equal(bulkhead.active, 0);
});

test('a failing call frees its slot', async () => {
  const bulkhead = new Bulkhead({ maxConcurrent: 1, maxQueued: 0 });
  await assert.rejects(bulkhead.execute(async () => Promise.reject(new Error('boom'))), /boom/);
  assert.equal(await bulkhead.execute(async () => 'ok'), 'ok');
});
