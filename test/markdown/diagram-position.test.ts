import { test } from 'node:test';
import assert from 'node:assert/strict';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { diagramAt, diagramTextRange, toDiagramPosition, toDocumentPosition } from '../../src/core/markdown/diagram-position';
import { findHeadings, nearestHeading } from '../../src/core/markdown/nearest-heading';

const doc = ['# Flows', '', '> ```mermaid', '> sequenceDiagram', '>   A->>B: hi', '> ```', '', '## Second', '```', 'graph TD', '```'].join('\n');

test('diagram positions map to document positions through the blockquote prefix and back', () => {
  const [quoted] = findDiagrams(doc);
  assert.deepEqual(toDocumentPosition(quoted, 1, 2), { line: 4, character: 4 });
  assert.deepEqual(toDiagramPosition(quoted, { line: 4, character: 4 }), { line: 1, column: 2 });
  // In the `> ` prefix or on a fence line there is no diagram position.
  assert.equal(toDiagramPosition(quoted, { line: 4, character: 1 }), undefined);
  assert.equal(toDiagramPosition(quoted, { line: 2, character: 5 }), undefined);
  assert.deepEqual(diagramTextRange(quoted), { start: { line: 3, character: 2 }, end: { line: 4, character: 13 } });
});

test('diagramAt finds the diagram under a document position', () => {
  const diagrams = findDiagrams(doc);
  assert.equal(diagramAt(diagrams, { line: 9, character: 3 })?.kind, 'graph');
  assert.equal(diagramAt(diagrams, { line: 7, character: 0 }), undefined);
});

test('nearestHeading gives the heading above a diagram, ignoring # lines inside fences', () => {
  const headings = findHeadings(doc + '\n```\n# not a heading\n```\n');
  assert.deepEqual(headings.map((h) => [h.line, h.level, h.text]), [[0, 1, 'Flows'], [7, 2, 'Second']]);
  assert.equal(nearestHeading(headings, 3)?.text, 'Flows');
  assert.equal(nearestHeading(headings, 9)?.text, 'Second');
  assert.equal(nearestHeading(headings, 0), undefined);
});

test('front matter is not a heading', () => {
  const headings = findHeadings('---\ntitle: x\n---\n\n# Real\n');
  assert.deepEqual(headings.map((h) => [h.line, h.text]), [[4, 'Real']]);
});
