// A note with many diagrams must not freeze the language server: validation lets other work (a completion or
// hover request arriving meanwhile) run between diagrams instead of parsing them all in one go.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { validateDiagram } from '../../src/core/mermaid/validate-diagram';

test('validating many diagrams lets a pending timer run before the last verdict', async () => {
  await validateDiagram('sequenceDiagram\n    A->>B: warm up');
  const order: string[] = [];
  const verdicts = Array.from({ length: 40 }, (_, i) => validateDiagram(`sequenceDiagram\n    Client${i}->>Svc: call ${i}\n    Svc-->>Client${i}: ok`));
  setTimeout(() => order.push('request'), 0); // what a request arriving over IPC waits for: the event loop
  void Promise.all(verdicts).then(() => order.push('validated'));
  await Promise.all(verdicts);
  await new Promise((resolve) => setTimeout(resolve, 5));
  assert.deepEqual(order, ['request', 'validated'], 'the request had to wait for all 40 diagrams');
});
