// A note over archlens.largeNote.maxSize gets no archlens outline entries or folding ranges (VS Code would freeze
// shipping thousands of them), with one line in the archlens output saying why and what to change; a note under
// it, or any note with the limit off, keeps them.
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import type { DocumentSymbol, FoldingRange } from 'vscode-languageserver';
import { hugeNote } from '../huge-host/huge-files';
import { NOTE } from '../features/sample-note';
import { startHarness, type Harness } from './lsp-harness';

let harness: Harness;
before(async () => (harness = await startHarness()));
after(async () => {
  // A settings change re-runs (debounced) diagnostics, which ask for settings: let that finish before closing.
  await new Promise((resolve) => setTimeout(resolve, 1000));
  harness.dispose();
});

const outline = async (uri: string) => ({
  symbols: await harness.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri } }),
  folds: await harness.request<FoldingRange[]>('textDocument/foldingRange', { textDocument: { uri } }),
});
const skipLines = () => harness.logs.filter((l) => l.includes('archlens.largeNote.maxSize'));
async function setLimit(maxSize: number | undefined): Promise<void> {
  // Diagnostics off: this is about the outline, and validating 1,000 diagrams would only cost CPU.
  harness.settings = { diagnostics: { enable: false, untaggedFences: true }, ...(maxSize === undefined ? {} : { largeNote: { maxSize } }) };
  await harness.client.sendNotification('workspace/didChangeConfiguration', { settings: {} });
}

test('a normal note keeps its outline and folding under the default limit', async () => {
  await setLimit(undefined);
  await harness.open('file:///notes/normal.md', NOTE);
  const { symbols, folds } = await outline('file:///notes/normal.md');
  assert.ok(symbols.length > 0 && folds.length > 0);
  assert.deepEqual(skipLines(), []);
});

test('a 2.0 MB note with 1,000 diagrams is over the default 1 MB: no outline or folding, one log line', async () => {
  const uri = 'file:///notes/huge.md';
  await harness.open(uri, hugeNote(1_000));
  for (let i = 0; i < 3; i++) assert.deepEqual(await outline(uri), { symbols: [], folds: [] });
  const lines = skipLines();
  assert.equal(lines.length, 1, 'logged once, not per request');
  assert.match(lines[0]!, /huge\.md is [\d.]+ MB, over archlens\.largeNote\.maxSize \(1024 KB\).*Raise that setting \(0 = no limit\)/);
});

test('raising the limit to 0 lists every diagram of that note again; a low limit hides a small note', async () => {
  await setLimit(0);
  const huge = await outline('file:///notes/huge.md');
  assert.equal(huge.folds.filter((f) => f.kind === 'region').length >= 1_000, true, `${huge.folds.length} folding ranges`);
  assert.ok(huge.symbols.length > 0);
  await setLimit(1);
  const padded = 'file:///notes/padded.md';
  await harness.open(padded, `${NOTE}\n${'Orders take a lock first. '.repeat(80)}\n`); // over 2 KB
  assert.deepEqual(await outline(padded), { symbols: [], folds: [] });
  assert.ok(skipLines().some((l) => l.includes('padded.md is 3 KB') && l.includes('(1 KB)')), skipLines().join('\n'));
});
