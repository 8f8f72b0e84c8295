// The shipped server bundle (dist/server.js, built by `npm run build`) boots as its own process, and loads
// mermaid lazily from inside the bundle: the broken seed note gets its error from the real parser.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { createMessageConnection, StreamMessageReader, StreamMessageWriter, type PublishDiagnosticsParams } from 'vscode-languageserver/node';

test('dist/server.js over stdio: initialize, open the broken seed, get mermaid\'s error', async () => {
  const child = spawn(process.execPath, ['dist/server.js', '--stdio'], { stdio: ['pipe', 'pipe', 'inherit'] });
  const client = createMessageConnection(new StreamMessageReader(child.stdout), new StreamMessageWriter(child.stdin));
  try {
    const uri = 'file:///seed-001.md';
    const diagnostics = new Promise<PublishDiagnosticsParams>((resolve) =>
      client.onNotification('textDocument/publishDiagnostics', (p: PublishDiagnosticsParams) => {
        if (p.uri === uri) resolve(p);
      }),
    );
    client.listen();
    const init = await client.sendRequest<{ serverInfo: { name: string } }>('initialize', { processId: process.pid, rootUri: null, capabilities: {} });
    assert.equal(init.serverInfo.name, 'archlens');
    await client.sendNotification('initialized', {});
    const seed = readFileSync('/work/shared/seeds/001_322de9cddf287f15.md', 'utf8');
    await client.sendNotification('textDocument/didOpen', { textDocument: { uri, languageId: 'markdown', version: 1, text: seed } });
    const errors = (await diagnostics).diagnostics.filter((d) => d.severity === 1);
    assert.equal(errors.length, 1);
    assert.match(seed.split('\n')[errors[0]!.range.start.line]!, /proxy_connect_timeout、/);
  } finally {
    client.dispose();
    child.kill();
  }
});
