// The web-worker server's configuration (no mermaid: it needs a DOM a worker lacks), through the real server.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { sequenceWarningsValidator } from '../../src/server/validators';
import { startHarness } from './lsp-harness';

test('without mermaid: our warnings and every feature still work, and one log line says what is missing', async () => {
  const harness = await startHarness({
    validate: sequenceWarningsValidator,
    startupMessage: () => 'archlens (web): Mermaid syntax errors are checked only in desktop VS Code',
  });
  try {
    const uri = 'vscode-test-web://mount/note.md';
    const text = '```\nsequenceDiagram\n  participant A\n  participant B\n  participant C\n  A->>Ghost: x\n  B->>\n```';
    const published = harness.nextDiagnostics(uri);
    await harness.open(uri, text);
    const { diagnostics } = await published;
    assert.deepEqual(diagnostics.map((d) => d.code), ['undeclared-participant'], 'no mermaid error, our warning is there');
    const items = await harness.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: { line: 6, character: 7 } });
    assert.deepEqual(items.map((i) => i.label), ['A', 'B', 'C', 'Ghost']);
    assert.equal(harness.logs.filter((l) => /desktop VS Code/.test(l)).length, 1);
  } finally {
    harness.dispose();
  }
});
