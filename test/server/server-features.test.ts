import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { CodeAction, CompletionItem, Diagnostic, DocumentSymbol, FoldingRange, Hover, Location, WorkspaceEdit } from 'vscode-languageserver';
import { applyEdits } from '../../src/core/fixes/tag-fence';
import { cursorAt, textOf } from '../features/cursor';
import { NOTE } from '../features/sample-note';
import { DOCUMENT_DIAGRAMS_METHOD } from '../../src/webview/protocol';
import { startHarness, type Harness } from './lsp-harness';

let harness: Harness;
const uri = 'file:///notes/orders.md';
const doc = { textDocument: { uri } };
before(async () => {
  harness = await startHarness();
  await harness.open(uri, NOTE);
});
after(() => harness.dispose());

test('initialize advertises every feature', async () => {
  const h = await startHarness({ extensions: [] });
  const result = await h.request<{ capabilities: Record<string, unknown> }>('initialize', { processId: null, rootUri: null, capabilities: {} });
  h.dispose();
  for (const capability of ['completionProvider', 'hoverProvider', 'definitionProvider', 'referencesProvider', 'renameProvider', 'documentSymbolProvider', 'foldingRangeProvider', 'codeActionProvider', 'executeCommandProvider']) {
    assert.ok(result.capabilities[capability], capability);
  }
});

test('completion after an arrow lists the participants as text edits', async () => {
  const text = NOTE.replace('    Orders-->>-User: done', '    Orders-->>-User: done\n    User->>O');
  await harness.change(uri, text, 2);
  const items = await harness.request<CompletionItem[]>('textDocument/completion', { ...doc, position: cursorAt(text, 'User->>O', 8) });
  assert.deepEqual(items.filter((i) => i.label !== 'API Gateway').map((i) => i.label), ['GW', 'Orders', 'User']);
  const orders = items.find((i) => i.label === 'Orders')!;
  assert.equal(textOf(text, (orders.textEdit as { range: Diagnostic['range'] }).range), 'O');
  await harness.change(uri, NOTE, 3);
});

test('hover, definition and references on a participant', async () => {
  const hover = await harness.request<Hover>('textDocument/hover', { ...doc, position: cursorAt(NOTE, 'GW->>+Orders', 7) });
  assert.match((hover.contents as { value: string }).value, /participant `Orders`[\s\S]*Declared on line 8[\s\S]*Sends 3 messages, receives 1 message/);
  const definition = await harness.request<Location>('textDocument/definition', { ...doc, position: cursorAt(NOTE, 'activate Orders', 10) });
  assert.deepEqual(definition, { uri, range: { start: { line: 7, character: 16 }, end: { line: 7, character: 22 } } });
  const refs = await harness.request<Location[]>('textDocument/references', { ...doc, position: cursorAt(NOTE, 'activate Orders', 10), context: { includeDeclaration: true } });
  assert.equal(refs.length, 8);
  assert.equal(await harness.request('textDocument/hover', { ...doc, position: cursorAt(NOTE, '# Orders') }), null);
});

test('rename through the server: a workspace edit, and a readable refusal', async () => {
  const position = cursorAt(NOTE, 'Note over GW', 10);
  const prepared = await harness.request<{ placeholder: string }>('textDocument/prepareRename', { ...doc, position });
  assert.equal(prepared.placeholder, 'GW');
  const edit = await harness.request<WorkspaceEdit>('textDocument/rename', { ...doc, position, newName: 'Gateway' });
  const renamed = applyEdits(NOTE, edit.changes![uri]!);
  assert.match(renamed, /participant Gateway as API Gateway[\s\S]*User->>Gateway: checkout[\s\S]*Note over Gateway, Orders/);
  await assert.rejects(harness.request('textDocument/rename', { ...doc, position, newName: 'User' }), /already exists/);
});

test('document symbols and folding ranges', async () => {
  const symbols = await harness.request<DocumentSymbol[]>('textDocument/documentSymbol', doc);
  const checkout = symbols[0]!.children![0]!;
  assert.equal(checkout.name, 'Checkout flow');
  assert.deepEqual(checkout.children![0]!.children!.map((c) => c.name), ['GW', 'Orders', 'User']);
  const folds = await harness.request<FoldingRange[]>('textDocument/foldingRange', doc);
  assert.deepEqual(folds.map((f) => [f.startLine, f.endLine]), [[12, 15], [14, 15]]);
});

test('code actions: tag the fence, and the palette command tags all fences via workspace/applyEdit', async () => {
  const actions = await harness.request<CodeAction[]>('textDocument/codeAction', { ...doc, range: { start: cursorAt(NOTE, 'User->>GW'), end: cursorAt(NOTE, 'User->>GW') }, context: { diagnostics: [] } });
  const tag = actions.find((a) => a.title === 'Tag this fence as mermaid')!;
  assert.match(applyEdits(NOTE, tag.edit!.changes![uri]!), /^```mermaid\nsequenceDiagram\n    participant GW/m);
  await harness.request('workspace/executeCommand', { command: 'archlens.server.tagAllFences', arguments: [uri] });
  assert.equal(harness.appliedEdits.length, 1);
});

test('diagnostics: the broken seed note is reported on the line mermaid means, and its quick fix clears it', async () => {
  const seedUri = 'file:///notes/seed-000.md';
  const seed = readFileSync('/work/shared/seeds/000_9a62dabe6e1f0474.md', 'utf8');
  const published = harness.nextDiagnostics(seedUri);
  await harness.open(seedUri, seed);
  const { diagnostics, version } = await published;
  assert.equal(version, 1);
  const errors = diagnostics.filter((d) => d.severity === 1);
  assert.equal(errors.length, 1, JSON.stringify(diagnostics));
  assert.match(seed.split('\n')[errors[0]!.range.start.line]!, /^\s+proxy_connect_timeout、/);
  const warnings = diagnostics.filter((d) => d.code === 'undeclared-participant');
  assert.deepEqual(warnings.map((w) => textOf(seed, w.range)), ['外部服务']);

  const actions = await harness.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: seedUri }, range: errors[0]!.range, context: { diagnostics: errors } });
  const move = actions.find((a) => a.title === 'Move the note text onto the Note line')!;
  assert.deepEqual(move.diagnostics, errors, 'the fix is attached to the error it fixes');
  const fixed = applyEdits(seed, move.edit!.changes![seedUri]!);
  const republished = harness.nextDiagnostics(seedUri, 2);
  await harness.change(seedUri, fixed, 2);
  assert.deepEqual((await republished).diagnostics.filter((d) => d.severity === 1), []);
});

test('settings: diagnostics.enable false clears them; untaggedFences false ignores untagged fences', async () => {
  const u = 'file:///notes/undeclared.md';
  const text = '```\nsequenceDiagram\n  participant A\n  participant B\n  participant C\n  A->>Ghost: x\n```\n\n```mermaid\nsequenceDiagram\n  participant A\n  participant B\n  participant C\n  A->>Phantom: x\n```\n';
  const first = harness.nextDiagnostics(u);
  await harness.open(u, text);
  assert.deepEqual((await first).diagnostics.map((d) => textOf(text, d.range)), ['Ghost', 'Phantom']);

  harness.settings = { diagnostics: { enable: true, untaggedFences: false } };
  const second = harness.nextDiagnostics(u);
  await harness.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  assert.deepEqual((await second).diagnostics.map((d) => textOf(text, d.range)), ['Phantom']);

  harness.settings = { diagnostics: { enable: false, untaggedFences: true } };
  const third = harness.nextDiagnostics(u);
  await harness.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
  assert.deepEqual((await third).diagnostics, []);
  harness.settings = { diagnostics: { enable: true, untaggedFences: true } };
});

test('typing fast: only the last version is checked and published', async () => {
  const u = 'file:///notes/typing.md';
  const base = '```mermaid\nsequenceDiagram\n  participant A\n  participant B\n  participant C\n';
  await harness.open(u, base + '  A->>X1: x\n```', 'markdown', 1);
  for (let v = 2; v <= 6; v++) await harness.change(u, base + `  A->>X${v}: x\n\`\`\``, v);
  const last = await harness.nextDiagnostics(u, 6);
  assert.match(String(last.diagnostics[0]!.message), /"X6"/);
  assert.deepEqual(harness.published(u).map((p) => p.version), [6], 'earlier versions were never published');
});

test('a .mmd document (language mermaid) gets the same features', async () => {
  const u = 'file:///diagrams/flow.mmd';
  const text = 'sequenceDiagram\n  participant A\n  A->>B: hi\n  loop poll\n    A->>B: again\n';
  const published = harness.nextDiagnostics(u);
  await harness.open(u, text, 'mermaid');
  const { diagnostics } = await published;
  assert.equal(diagnostics.filter((d) => d.severity === 1).length, 1, 'mermaid rejects the unclosed loop');
  const actions = await harness.request<CodeAction[]>('textDocument/codeAction', { textDocument: { uri: u }, range: diagnostics[0]!.range, context: { diagnostics } });
  const close = actions.find((a) => /Close the unclosed `loop` block/.test(a.title))!;
  assert.equal(applyEdits(text, close.edit!.changes![u]!), 'sequenceDiagram\n  participant A\n  A->>B: hi\n  loop poll\n    A->>B: again\n  end\n');
  const items = await harness.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri: u }, position: { line: 2, character: 6 } });
  assert.ok(items.some((i) => i.label === 'A'));
});

test('non-diagram documents get nothing and nothing breaks', async () => {
  const u = 'file:///src/app.ts';
  await harness.open(u, 'const a = 1;', 'typescript');
  assert.deepEqual(await harness.request('textDocument/completion', { textDocument: { uri: u }, position: { line: 0, character: 3 } }), []);
  assert.deepEqual(await harness.request('textDocument/codeAction', { textDocument: { uri: u }, range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } }, context: { diagnostics: [] } }), []);
  assert.equal(await harness.request('textDocument/hover', { textDocument: { uri: 'file:///never-opened.md' }, position: { line: 0, character: 0 } }), null);
});

test('the preview\'s documentDiagrams request answers from the server\'s cached diagrams', async () => {
  const result = await harness.request<{ version: number; diagrams: { index: number; heading?: string; kind?: string }[] }>(DOCUMENT_DIAGRAMS_METHOD, { uri });
  assert.deepEqual(result.diagrams.map((d) => [d.index, d.kind, d.heading]), [[0, 'sequenceDiagram', 'Checkout flow'], [1, 'sequenceDiagram', 'Notes']]);
});
