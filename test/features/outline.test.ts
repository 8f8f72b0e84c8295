import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { documentSymbols, type OutlineSymbol } from '../../src/core/features/document-symbols';
import { foldingRanges } from '../../src/core/features/folding-ranges';
import { parseDocument } from '../../src/core/features/parsed-document';
import { NOTE } from './sample-note';

function shape(symbols: readonly OutlineSymbol[]): unknown[] {
  return symbols.map((s) => (s.children.length ? [s.kind, s.name, shape(s.children)] : [s.kind, s.name]));
}

test('document symbols: diagrams under their nearest heading, participants as children', () => {
  const symbols = documentSymbols(parseDocument(NOTE));
  assert.deepEqual(shape(symbols), [
    ['heading', 'Orders', [
      ['heading', 'Checkout flow', [['diagram', 'sequenceDiagram', [['participant', 'GW'], ['participant', 'Orders'], ['actor', 'User']]]]],
      ['heading', 'Notes', [['diagram', 'sequenceDiagram', [['participant', 'A'], ['participant', 'B']]]]],
    ]],
  ]);
  const diagram = symbols[0]!.children[0]!.children[0]!;
  assert.deepEqual([diagram.range.start.line, diagram.range.end.line, diagram.selectionRange.start.line], [4, 20, 4]);
  assert.match(diagram.detail!, /GW, Orders, User \(untagged fence\)/);
  assert.equal(diagram.children[0]!.detail, 'API Gateway');
  assert.deepEqual(diagram.children[0]!.selectionRange, { start: { line: 6, character: 16 }, end: { line: 6, character: 18 } });
  for (const s of symbols.flatMap(function all(x): OutlineSymbol[] { return [x, ...x.children.flatMap(all)]; })) {
    const inside = (a: OutlineSymbol['range'], b: OutlineSymbol['range']) =>
      (a.start.line > b.start.line || (a.start.line === b.start.line && a.start.character >= b.start.character)) &&
      (a.end.line < b.end.line || (a.end.line === b.end.line && a.end.character <= b.end.character));
    assert.ok(inside(s.selectionRange, s.range), `${s.name}: selection inside range`);
  }
});

test('document symbols of the seeds: every diagram appears once, under a heading', () => {
  for (const file of readdirSync('/work/shared/seeds')) {
    const doc = parseDocument(readFileSync(`/work/shared/seeds/${file}`, 'utf8'));
    const diagrams: OutlineSymbol[] = [];
    const walk = (s: OutlineSymbol) => (s.kind === 'diagram' ? diagrams.push(s) : s.children.forEach(walk));
    const roots = documentSymbols(doc);
    roots.forEach(walk);
    assert.equal(diagrams.length, doc.diagrams.length, file);
    assert.ok(roots.every((r) => r.kind === 'heading'), file);
  }
});

test('a .mmd file: its diagram is the only root symbol', () => {
  const symbols = documentSymbols(parseDocument('sequenceDiagram\n  A->>B: x', { languageId: 'mermaid' }));
  assert.deepEqual(shape(symbols), [['diagram', 'sequenceDiagram', [['participant', 'A'], ['participant', 'B']]]]);
});

test('folding ranges for blocks and their sections, keeping `end` visible', () => {
  assert.deepEqual(foldingRanges(parseDocument(NOTE)), [
    { startLine: 12, endLine: 15 }, // alt … up to the line before end
    { startLine: 14, endLine: 15 }, // else section
  ]);
  const all = 'sequenceDiagram\nopt a\nA->>B: x\nend\nloop b\nA->>B: x\nend\npar c\nA->>B: x\nand d\nA->>B: y\nend\ncritical e\nA->>B: x\noption f\nA->>B: y\nend\nbreak g\nA->>B: x\nend\nrect rgb(1,2,3)\nA->>B: x\nend\nbox Aqua\nparticipant C\nend';
  const folds = foldingRanges(parseDocument(all, { languageId: 'mermaid' }));
  const lines = all.split('\n');
  assert.deepEqual(folds.map((f) => lines[f.startLine]!.split(' ')[0]), ['opt', 'loop', 'par', 'and', 'critical', 'option', 'break', 'rect', 'box']);
});
