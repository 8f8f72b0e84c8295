import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { callDownstream, Deadline, DEADLINE_HEADER } from '../../../snippets/src/deadline';
import { FakeClock } from '../fake-clock';

test('the budget shrinks as time passes and each hop gets what is left, minus its margin, capped', async () => {
  const clock = new FakeClock(1_000_000);
  const deadline = new Deadline(1000, undefined, clock.now);
  await clock.advance(300);
  assert.equal(deadline.remaining(), 700);
  const hop = deadline.child(Infinity, 5);
  assert.equal(hop.remaining(), 695);
  assert.deepEqual(hop.headers(), { [DEADLINE_HEADER]: '695' });
  assert.equal(deadline.child(200).remaining(), 200, 'a hop may be capped below what is left');
  await clock.advance(2000);
  assert.equal(deadline.remaining(), 0);
  assert.equal(deadline.child().remaining(), 0);
});

test('a service reads the caller budget from the header, capped by its own limit', () => {
  const clock = new FakeClock();
  const from = (value: string | undefined) => {
    const headers = new Headers(value === undefined ? {} : { [DEADLINE_HEADER]: value });
    return Deadline.fromHeaders(headers, 2000, undefined, clock.now).remaining();
  };
  assert.equal(from('750'), 750);
  assert.equal(from('60000'), 2000);
  assert.equal(from(undefined), 2000);
  assert.equal(from('soon'), 2000);
});

test('the parent signal aborting (client hung up) aborts the deadline and its children', () => {
  const parent = new AbortController();
  const deadline = new Deadline(60_000, parent.signal);
  const hop = deadline.child(10_000);
  parent.abort(new Error('client hung up'));
  assert.equal(deadline.signal.aborted, true);
  assert.equal(hop.signal.aborted, true);
});

test('callDownstream sends the remaining budget to a real HTTP server and aborts when it runs out', async (t) => {
  const seen: string[] = [];
  const server = createServer((req, res) => {
    seen.push(String(req.headers[DEADLINE_HEADER]));
    if (req.url === '/slow') return; // never answers
    res.end('ok');
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  t.after(() => new Promise<void>((resolve) => server.close(() => resolve())));
  t.after(() => server.closeAllConnections());
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const res = await callDownstream(`${base}/fast`, new Deadline(500));
  assert.equal(await res.text(), 'ok');
  const sent = Number(seen[0]);
  assert.ok(sent <= 495 && sent > 0, `sent ${sent} ms, expected at most 500 − 5`);

  await assert.rejects(callDownstream(`${base}/slow`, new Deadline(60)), (err: Error) => err.name === 'TimeoutError');
  await assert.rejects(callDownstream(`${base}/fast`, new Deadline(0)), /no time left/);
});
