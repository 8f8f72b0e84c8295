// The shipped bundles: dist/server.js lints through its sibling dist/lint-worker.js (a worker thread), and ESLint,
// its parser and TypeScript are in the worker bundle only, so the server's main thread never loads them.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

test('dist/server.js over stdio lints a TypeScript file in dist/lint-worker.js; ESLint is not in the server bundle', async () => {
  const server = readFileSync('dist/server.js', 'utf8');
  const worker = readFileSync('dist/lint-worker.js', 'utf8');
  for (const marker of ['var Linter', 'function createSourceFile']) {
    assert.ok(!server.includes(marker), `dist/server.js contains "${marker}"`);
    assert.ok(worker.includes(marker), `dist/lint-worker.js lacks "${marker}"`);
  }

  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  try {
    const uri = 'file:///service/stock.ts';
    const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) =>
      client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    client.listen();
    await client.sendRequest('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    await client.sendNotification('initialized', {});
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'typescript', version: 1, text: 'export const stock = () => fetch(url);\n' } });
    const [d] = (await diagnostics).diagnostics;
    assert.equal(d?.code, 'require-deadline');
    assert.deepEqual(d?.range.start, { line: 0, character: 27 });
  } finally {
    client.dispose();
    child.kill();
  }
});
