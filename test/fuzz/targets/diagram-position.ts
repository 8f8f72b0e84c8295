// Diagram ↔ document position mapping: every diagram position maps into the document and back to itself, block
// and text ranges stay inside the document, and `diagramAt` finds the diagram that holds a position.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDiagrams } from '../../../src/core/markdown/find-diagrams';
import { diagramAt, diagramBlockRange, diagramTextRange, toDiagramPosition, toDocumentPosition } from '../../../src/core/markdown/diagram-position';
import { assertPositionInside, assertRangeInside, linesOf } from '../document-ranges';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote, hostileNotes } from '../markdown-inputs';

function checkMapping(text: string, picks: readonly number[]): void {
  const lines = linesOf(text);
  const diagrams = findDiagrams(text);
  for (const d of diagrams) {
    assertRangeInside(lines, diagramTextRange(d), 'diagram text range');
    assertRangeInside(lines, diagramBlockRange(d, (l) => lines[l]!.length), 'diagram block range');
    const textLines = d.text.split('\n');
    // An empty fence has no text lines to map (its text is '' but lineStarts is empty).
    for (const pick of d.lineStarts.length > 0 ? picks : []) {
      const line = pick % textLines.length;
      const column = Math.floor(pick / textLines.length) % (textLines[line]!.length + 1);
      const at = toDocumentPosition(d, line, column);
      assertPositionInside(lines, at, `diagram (${line}, ${column})`);
      assert.deepEqual(toDiagramPosition(d, at), { line, column }, 'document position maps back to the diagram position');
      assert.equal(diagramAt(diagrams, at), d, 'diagramAt finds the diagram holding the position');
    }
    // The fence lines are not diagram text.
    if (d.fence) assert.equal(toDiagramPosition(d, { line: d.fence.openLine, character: d.fence.markerColumn }), undefined);
  }
}

export const target: FuzzTarget = {
  name: 'diagram-position',
  properties: [
    {
      name: 'positions map into the document and back',
      property: () => fc.property(anyNote, fc.array(fc.nat(), { minLength: 1, maxLength: 20 }), checkMapping),
      examples: () => hostileNotes().map((n) => [n, [0, 7, 12345]]),
      runs: 200,
      weight: 15,
    },
  ],
};
