import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { sequenceWarnings } from '../../src/core/sequence/sequence-warnings';
import { activationBalance } from '../../src/core/sequence/activation-balance';
import { parseSequence } from '../../src/core/sequence/parse-sequence';
import { mermaidError } from './real-mermaid';

const SEEDS = '/work/shared/seeds';
const CORPUS = ['/work/shared/mermaid-corpus/sequence', '/work/shared/mermaid-corpus/docs'];

function markdownFiles(dir: string): string[] {
  return readdirSync(dir).filter((f) => f.endsWith('.md')).map((f) => join(dir, f));
}

function sequenceDiagramsOf(files: string[]) {
  return files.flatMap((file) =>
    findDiagrams(readFileSync(file, 'utf8')).filter((d) => d.kind === 'sequenceDiagram').map((d) => ({ file, d })),
  );
}

test('seeds: the only warning is the undeclared 外部服务 in seed 000, on its message line', () => {
  const found = sequenceDiagramsOf(markdownFiles(SEEDS)).flatMap(({ file, d }) =>
    sequenceWarnings(d.text).map((w) => ({ file, docLine: d.startLine + w.line, text: d.text.split('\n')[w.line]!.slice(w.column, w.endColumn), w })),
  );
  assert.equal(found.length, 1, JSON.stringify(found));
  const [only] = found;
  assert.match(only!.file, /000_/);
  assert.equal(only!.w.code, 'undeclared-participant');
  assert.equal(only!.text, '外部服务');
  const seedLines = readFileSync(only!.file, 'utf8').split('\n');
  assert.match(seedLines[only!.docLine]!, /Consumer->>外部服务/);
});

test('mermaid docs: no valid sequence diagram gets a warning', async () => {
  const diagrams = sequenceDiagramsOf(CORPUS.flatMap(markdownFiles));
  assert.ok(diagrams.length > 60, `only ${diagrams.length} diagrams found`);
  for (const { file, d } of diagrams) {
    const warnings = sequenceWarnings(d.text);
    if (warnings.length === 0) continue;
    assert.notEqual(await mermaidError(d.text), undefined, `${file}:${d.startLine + 1} is valid yet warned: ${warnings[0]!.message}`);
  }
});

/** The warnings of a diagram mermaid accepts (a warning is only worth giving where mermaid is silent). */
async function warningsOfValid(text: string) {
  assert.equal(await mermaidError(text), undefined, `mermaid should accept:\n${text}`);
  return sequenceWarnings(text).map((w) => ({ code: w.code, line: w.line, text: text.split('\n')[w.line]!.slice(w.column, w.endColumn), message: w.message }));
}

const CAST = 'sequenceDiagram\n  participant Gateway\n  participant Orders\n  participant Billing\n';

test('undeclared participant among a declared cast', async () => {
  const warnings = await warningsOfValid(CAST + '  Gateway->>Orders: create\n  Orders->>Inventory: reserve\n  Orders->>Inventory: commit');
  assert.deepEqual(warnings.map((w) => [w.code, w.line, w.text]), [['undeclared-participant', 5, 'Inventory']]);
  assert.match(warnings[0]!.message, /"Inventory" is used but never declared.*participant Inventory/);
});

test('one or two declarations (an alias, an order) do not make every other name a warning', async () => {
  assert.deepEqual(await warningsOfValid('sequenceDiagram\n  participant A as Alice\n  A->>John: hi\n  John->>Bob: hi'), []);
});

test('misspelled participants: case, an alias used as id, a one-letter slip', async () => {
  const caseSlip = await warningsOfValid(CAST + '  Gateway->>Orders: a\n  orders->>Billing: b\n  Orders->>Billing: c');
  assert.deepEqual(caseSlip.map((w) => [w.code, w.line, w.text]), [['misspelled-participant', 5, 'orders']]);
  assert.match(caseSlip[0]!.message, /did you mean "Orders"/);

  const aliasSlip = await warningsOfValid('sequenceDiagram\n  participant GW as API Gateway\n  participant O as Orders\n  participant B as Billing\n  GW->>O: a\n  O->>Billing: charge');
  assert.deepEqual(aliasSlip.map((w) => [w.code, w.text]), [['misspelled-participant', 'Billing']]);
  assert.match(aliasSlip[0]!.message, /did you mean "B"/);

  const typo = await warningsOfValid('sequenceDiagram\n  Gateway->>Orders: a\n  Orders->>Billing: b\n  Billing->>Orders: c\n  Gateway->>Ordres: d');
  assert.deepEqual(typo.map((w) => [w.code, w.line, w.text]), [['misspelled-participant', 4, 'Ordres']]);
});

test('look-alike names that are not typos stay silent', async () => {
  const numbered = 'sequenceDiagram\n  Client->>Worker1: a\n  Client->>Worker2: b\n  Worker1->>Worker2: c\n  Worker2->>Worker1: d';
  assert.deepEqual(await warningsOfValid(numbered), []);
  const short = 'sequenceDiagram\n  A->>B: a\n  B->>C: b\n  C->>A: c\n  A->>D: d';
  assert.deepEqual(await warningsOfValid(short), []);
  const used = 'sequenceDiagram\n  Cache->>Cacher: a\n  Cacher->>Cache: b\n  Cache->>Cacher: c';
  assert.deepEqual(await warningsOfValid(used), []);
});

test('activations mermaid accepts but that are wrong: unknown participant, never ended', async () => {
  const unknown = await warningsOfValid('sequenceDiagram\n  Alice->>Bob: hi\n  activate Bbo\n  Bob-->>Alice: ok\n  deactivate Bbo');
  assert.deepEqual(unknown.map((w) => [w.code, w.line, w.text]), [
    ['activation-unknown-participant', 2, 'Bbo'],
    ['activation-unknown-participant', 4, 'Bbo'],
  ]);
  const open = await warningsOfValid('sequenceDiagram\n  Alice->>+Bob: hi\n  Bob-->>Alice: ok');
  assert.deepEqual(open.map((w) => [w.code, w.line, w.text]), [['activation-never-ended', 1, 'Bob']]);
  const balanced = 'sequenceDiagram\n  Alice->>+Bob: hi\n  activate Bob\n  deactivate Bob\n  Bob-->>-Alice: ok';
  assert.deepEqual(await warningsOfValid(balanced), []);
});

test('deactivating an inactive participant is mermaid\'s error, and activationBalance finds its line', async () => {
  const text = 'sequenceDiagram\n  Alice->>Bob: hi\n  Bob-->>-Alice: ok';
  assert.match((await mermaidError(text))!, /inactivate an inactive participant \(Bob\)/);
  assert.deepEqual(sequenceWarnings(text), []);
  assert.deepEqual(activationBalance(parseSequence(text)).inactiveDeactivation?.line, 2);
});
