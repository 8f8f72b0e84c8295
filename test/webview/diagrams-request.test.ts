// `archlens/documentDiagrams` against the real language server (in-process, real LSP messages): the
// preview's list of diagrams with ranges, kinds, headings, text and mermaid's error in document lines.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { startHarness, type Harness } from '../server/lsp-harness';
import { DOCUMENT_DIAGRAMS_METHOD, type DocumentDiagramsResult } from '../../src/webview/protocol';
import { SEEDS_DIR, seedFiles } from './seed-diagrams';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import type { DiagramIssue } from '../../src/core/markdown/diagram-issue';
import { describeDiagrams } from '../../src/server/diagrams-request';
import { mermaidValidator } from '../../src/server/mermaid-validator';

let server: Harness;
before(async () => (server = await startHarness()));
after(() => server.dispose());

const NOTE = [
  '# 登录', //                       0
  '',
  '```', //                          2
  'sequenceDiagram',
  '    A->>B: hi',
  '```', //                          5
  '',
  '## 部署',
  '',
  '```mermaid', //                   9
  'sequenceDiagram',
  '    A->>: missing target', //     11
  '```', //                          12
  '',
  '```', //                          14  (prose, not a diagram)
  'graph of services',
  '```',
].join('\n');

test('lists the diagrams in order with range, kind, heading, text and the first error in document lines', async () => {
  const uri = 'file:///notes/login.md';
  const diagnosed = server.nextDiagnostics(uri);
  await server.open(uri, NOTE);
  const result = await server.request<DocumentDiagramsResult>(DOCUMENT_DIAGRAMS_METHOD, { uri, settled: true });
  await diagnosed;
  assert.equal(result.uri, uri);
  assert.equal(result.version, 1);
  assert.equal(result.diagrams.length, 2);
  const [first, second] = result.diagrams;
  assert.deepEqual(
    { index: first.index, range: first.range, textStartLine: first.textStartLine, kind: first.kind, heading: first.heading, text: first.text, error: first.error },
    { index: 0, range: { start: { line: 2, character: 0 }, end: { line: 5, character: 3 } }, textStartLine: 3, kind: 'sequenceDiagram', heading: '登录', text: 'sequenceDiagram\n    A->>B: hi', error: undefined },
  );
  assert.equal(second.heading, '部署');
  assert.deepEqual(second.range, { start: { line: 9, character: 0 }, end: { line: 12, character: 3 } });
  assert.equal(second.error?.line, 11, `error at the line mermaid means: ${JSON.stringify(second.error)}`);
  assert.ok(second.error && second.error.message.length > 10);
});

test('follows edits: the list is of the latest version', async () => {
  const uri = 'file:///notes/edit.md';
  const diagnosed = server.nextDiagnostics(uri, 2);
  await server.open(uri, NOTE);
  await server.change(uri, NOTE.replace('A->>: missing target', 'A->>B: fixed'), 2);
  const result = await server.request<DocumentDiagramsResult>(DOCUMENT_DIAGRAMS_METHOD, { uri, settled: true });
  await diagnosed;
  assert.equal(result.version, 2);
  assert.equal(result.diagrams[1].error, undefined);
  assert.match(result.diagrams[1].text, /fixed/);
});

test('a .mmd file is one diagram spanning the file; an unknown document has none', async () => {
  const uri = 'file:///notes/flow.mmd';
  const diagnosed = server.nextDiagnostics(uri);
  await server.open(uri, 'flowchart LR\n  A --> B\n', 'mermaid');
  const result = await server.request<DocumentDiagramsResult>(DOCUMENT_DIAGRAMS_METHOD, { uri, settled: true });
  await diagnosed;
  assert.deepEqual(result.diagrams.map((d) => [d.range.start.line, d.range.end.line, d.kind, d.heading]), [[0, 1, 'flowchart', undefined]]);
  const unknown = await server.request<DocumentDiagramsResult>(DOCUMENT_DIAGRAMS_METHOD, { uri: 'file:///nowhere.md' });
  assert.deepEqual(unknown, { uri: 'file:///nowhere.md', diagrams: [] });
});

test('seed 000: ten diagrams, each under its heading, the broken one with its error line', async () => {
  const file = seedFiles().find((f) => f.startsWith('000'))!;
  const uri = `file:///seeds/${file}`;
  const diagnosed = server.nextDiagnostics(uri);
  await server.open(uri, readFileSync(join(SEEDS_DIR, file), 'utf8'));
  const { diagrams } = await server.request<DocumentDiagramsResult>(DOCUMENT_DIAGRAMS_METHOD, { uri, settled: true });
  await diagnosed;
  assert.equal(diagrams.length, 10);
  assert.equal(diagrams[0].heading, 'TCP 三次握手 四次挥手');
  assert.ok(diagrams.every((d) => d.heading), 'every seed diagram sits under a heading');
  const broken = diagrams.filter((d) => d.error);
  assert.deepEqual(broken.map((d) => d.error!.line), [539]);
});

test('answers at once: a diagram whose verdict is not known yet is sent pending, not awaited', async () => {
  const text = ['# A', '', '```', 'sequenceDiagram', '    A->>B: ok', '```', '', '```', 'sequenceDiagram', '    A->>B no colon', '```'].join('\n');
  // A check that never finishes: the answer must still come, both diagrams pending, and the check was started.
  let started = 0;
  const never = Object.assign(() => {
    started += 1;
    return new Promise<readonly DiagramIssue[]>(() => undefined);
  }, { known: () => 'pending' as const });
  const quick = await describeDiagrams(text, 'markdown', findDiagrams(text), never);
  assert.deepEqual(quick.map((d) => [d.pending, d.error]), [[true, undefined], [true, undefined]]);
  assert.equal(started, 2, 'the cached check is started (or joined) for each unknown diagram');
});

test('with the real mermaid check: pending first, the error once settled, then straight from the cache', async () => {
  const name = `Fresh${process.pid}${Date.now()}`;
  const text = ['```', 'sequenceDiagram', `    A->>${name} no colon`, '```'].join('\n');
  const diagrams = findDiagrams(text);
  const [quick] = await describeDiagrams(text, 'markdown', diagrams, mermaidValidator);
  assert.equal(quick.pending, true);
  assert.equal(quick.error, undefined);
  const [settled] = await describeDiagrams(text, 'markdown', diagrams, mermaidValidator, { settled: true });
  assert.equal(settled.pending, undefined);
  assert.equal(settled.error?.line, 2);
  const [cached] = await describeDiagrams(text, 'markdown', diagrams, mermaidValidator);
  assert.deepEqual([cached.pending, cached.error], [undefined, settled.error], 'a known verdict is included at once');
});

test('the closing fence end is measured on the right line, CRLF included', async () => {
  const text = '# T\r\n\r\n```mermaid\r\nflowchart LR\r\n  A --> B\r\n```\r\ntail';
  const [d] = await describeDiagrams(text, 'markdown', findDiagrams(text), () => []);
  assert.deepEqual(d.range, { start: { line: 2, character: 0 }, end: { line: 5, character: 3 } });
});
