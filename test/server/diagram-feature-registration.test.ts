import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { CompletionItem } from 'vscode-languageserver';
import { diagramDocumentSelector, documentSelector, LINTED_LANGUAGES } from '../../src/client/document-selector';
import { COMPLETION_TRIGGERS } from '../../src/server/handlers/completion';
import { cursorAt } from '../features/cursor';
import { NOTE } from '../features/sample-note';
import { startHarness, type Harness } from './lsp-harness';

const DIAGRAM_FEATURES = {
  completion: ['completionProvider', 'textDocument/completion'],
  hover: ['hoverProvider', 'textDocument/hover'],
  definition: ['definitionProvider', 'textDocument/definition'],
  references: ['referencesProvider', 'textDocument/references'],
  rename: ['renameProvider', 'textDocument/rename'],
  documentSymbol: ['documentSymbolProvider', 'textDocument/documentSymbol'],
  foldingRange: ['foldingRangeProvider', 'textDocument/foldingRange'],
} as const;

/** Text document capabilities of a client that registers the named features dynamically, as VS Code does. */
function dynamicFor(features: readonly (keyof typeof DIAGRAM_FEATURES)[]): Record<string, { dynamicRegistration: boolean }> {
  return Object.fromEntries(features.map((feature) => [feature, { dynamicRegistration: true }]));
}

const ALL = Object.keys(DIAGRAM_FEATURES) as (keyof typeof DIAGRAM_FEATURES)[];

async function start(initializationOptions: unknown, textDocument: unknown): Promise<{ h: Harness; capabilities: Record<string, unknown> }> {
  const h = await startHarness({ extensions: [] }, initializationOptions, textDocument);
  // startHarness has already initialized; a second initialize with the same capabilities shows what was declared.
  const capabilities = (await h.request<{ capabilities: Record<string, unknown> }>('initialize', {
    processId: null, rootUri: null, capabilities: { textDocument }, initializationOptions,
  })).capabilities;
  // A round trip after `initialized`: the server's registration request was written before this answer.
  await h.request('textDocument/hover', { textDocument: { uri: 'file:///nothing.md' }, position: { line: 0, character: 0 } });
  return { h, capabilities };
}

test('with a client that registers dynamically, the diagram features are registered for Markdown and Mermaid only, not the linted TS/JS', async () => {
  const selector = diagramDocumentSelector(false);
  const { h, capabilities } = await start({ diagramDocuments: selector }, dynamicFor(ALL));
  h.dispose();
  for (const [declared, method] of Object.values(DIAGRAM_FEATURES)) {
    assert.equal(capabilities[declared], undefined, `${declared} is not declared statically`);
    const registration = h.registrations.find((r) => r.method === method);
    assert.ok(registration, `${method} is registered`);
    assert.deepEqual((registration.registerOptions as { documentSelector: unknown }).documentSelector, selector, method);
  }
  assert.equal(h.registrations.length, ALL.length, 'nothing else is registered');
  const options = (method: string) => h.registrations.find((r) => r.method === method)!.registerOptions as Record<string, unknown>;
  assert.deepEqual(options('textDocument/completion').triggerCharacters, COMPLETION_TRIGGERS);
  assert.equal(options('textDocument/rename').prepareProvider, true);
  assert.equal(options('textDocument/documentSymbol').label, 'archlens diagrams');
  // Lint suggestions are code actions on TS/JS files: those stay declared for every synced document.
  assert.ok(capabilities.codeActionProvider);
  assert.ok(capabilities.executeCommandProvider);
});

test('the desktop and web clients send selectors of their synced Markdown/Mermaid documents, without the linted languages', () => {
  for (const web of [false, true]) {
    const diagrams = diagramDocumentSelector(web);
    const synced = documentSelector(web);
    assert.deepEqual(diagrams, synced.filter((filter) => ['markdown', 'mermaid'].includes(filter.language)), `web: ${web}`);
    assert.ok(diagrams.every((filter) => !LINTED_LANGUAGES.includes(filter.language)));
    assert.deepEqual([...new Set(diagrams.map((filter) => filter.language))], ['markdown', 'mermaid']);
  }
  assert.ok(diagramDocumentSelector(true).some((filter) => filter.scheme === 'vscode-vfs'), 'vscode.dev documents');
  assert.ok(!diagramDocumentSelector(false).some((filter) => filter.scheme === 'vscode-vfs'));
});

test('a client that sends no selector, or a malformed one, gets any Markdown or Mermaid document', async () => {
  for (const initializationOptions of [undefined, {}, { diagramDocuments: 'markdown' }, { diagramDocuments: [] }, { diagramDocuments: [{ scheme: 'file' }] }, { diagramDocuments: [{ language: 'markdown', scheme: 3 }] }]) {
    const { h } = await start(initializationOptions, dynamicFor(['hover']));
    h.dispose();
    assert.deepEqual(h.registrations.map((r) => r.registerOptions), [{ documentSelector: [{ language: 'markdown' }, { language: 'mermaid' }] }], JSON.stringify(initializationOptions));
  }
});

test('features the client cannot register dynamically are declared, the others registered', async () => {
  const { h, capabilities } = await start({ diagramDocuments: diagramDocumentSelector(false) }, dynamicFor(['hover', 'rename']));
  h.dispose();
  assert.deepEqual(h.registrations.map((r) => r.method).sort(), ['textDocument/hover', 'textDocument/rename']);
  assert.equal(capabilities.hoverProvider, undefined);
  assert.equal(capabilities.renameProvider, undefined);
  assert.deepEqual(capabilities.completionProvider, { triggerCharacters: COMPLETION_TRIGGERS });
  assert.deepEqual(capabilities.documentSymbolProvider, { label: 'archlens diagrams' });
  for (const declared of ['definitionProvider', 'referencesProvider', 'foldingRangeProvider']) assert.equal(capabilities[declared], true, declared);
});

test('a client without dynamic registration gets every feature declared and nothing registered', async () => {
  const { h, capabilities } = await start({ diagramDocuments: diagramDocumentSelector(false) }, {});
  h.dispose();
  assert.deepEqual(h.registrations, []);
  for (const [declared] of Object.values(DIAGRAM_FEATURES)) assert.ok(capabilities[declared], declared);
});

test('dynamically registered features answer as before', async () => {
  const { h } = await start({ diagramDocuments: diagramDocumentSelector(false) }, dynamicFor(ALL));
  const uri = 'file:///notes/orders.md';
  const text = NOTE.replace('    Orders-->>-User: done', '    Orders-->>-User: done\n    User->>O');
  const published = h.nextDiagnostics(uri);
  await h.open(uri, text);
  const items = await h.request<CompletionItem[]>('textDocument/completion', { textDocument: { uri }, position: cursorAt(text, 'User->>O', 8) });
  await published; // disposing while the note is still being validated would fail its publish
  h.dispose();
  assert.ok(items.some((item) => item.label === 'Orders'));
});
