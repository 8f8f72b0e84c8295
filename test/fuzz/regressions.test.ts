// Counterexamples the fuzzer found, kept as plain tests so they stay fixed.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../src/core/check/check-document';
import { diagramBlockRange, diagramTextRange } from '../../src/core/markdown/diagram-position';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { assertRangeInside, linesOf } from './document-ranges';

test('an empty ```mermaid fence on the last line gets its finding on that line, not past the end of the note', async () => {
  for (const text of ['notes\n\n```mermaid', '```mermaid', '> ```mermaid\n']) {
    const lines = linesOf(text);
    const [diagram] = findDiagrams(text);
    assert.ok(diagram, JSON.stringify(text));
    assertRangeInside(lines, diagramTextRange(diagram), `text range of ${JSON.stringify(text)}`);
    assertRangeInside(lines, diagramBlockRange(diagram, (l) => lines[l]?.length ?? -1), `block range of ${JSON.stringify(text)}`);
    const findings = await checkDocument(text);
    assert.equal(findings.length, 1, 'mermaid says the empty diagram has no type');
    assertRangeInside(lines, findings[0]!.range, `finding of ${JSON.stringify(text)}`);
  }
});

test('a fence left open at the end of a blockquote is unclosed, not closed on the last ">" line', () => {
  for (const text of ['> ```mermaid\n> flowchart LR\n>     A --> B\n>', '```\nsequenceDiagram\n   ']) {
    const [diagram] = findDiagrams(text);
    assert.ok(diagram, JSON.stringify(text));
    assert.equal(diagram.fence?.closeLine, undefined, JSON.stringify(text));
  }
  assert.equal(findDiagrams('> ```mermaid\n> flowchart LR\n> ```')[0]?.fence?.closeLine, 2, 'a real closing fence still closes');
});
