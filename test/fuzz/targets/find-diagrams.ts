// Fence finding: any text gives diagrams whose every line, column and fence lies inside the document, and whose
// text is exactly the document's text at those positions.
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { findDiagrams } from '../../../src/core/markdown/find-diagrams';
import { assertPositionInside, linesOf } from '../document-ranges';
import type { FuzzTarget } from '../fuzz-target';
import { anyNote, hostileNotes } from '../markdown-inputs';

function checkDiagrams(text: string, languageId: 'markdown' | 'mermaid', untagged: boolean): void {
  const lines = linesOf(text);
  const diagrams = findDiagrams(text, { languageId, untagged });
  let previousEnd = -1;
  for (const d of diagrams) {
    const textLines = d.text.split('\n');
    assert.equal(textLines.length, Math.max(1, d.lineStarts.length), 'one lineStart per text line');
    d.lineStarts.forEach((start, i) => {
      assertPositionInside(lines, { line: d.startLine + i, character: start }, `diagram line ${i}`);
      assert.equal(textLines[i], lines[d.startLine + i]!.slice(start), `diagram text line ${i} is the document's`);
    });
    if (d.fence) {
      const { openLine, closeLine, marker, markerColumn } = d.fence;
      assert.ok(openLine > previousEnd, 'diagrams are in document order and do not overlap');
      assert.equal(lines[openLine]!.slice(markerColumn, markerColumn + marker.length), marker, 'the marker is where the fence says');
      assert.equal(d.startLine, openLine + 1);
      if (closeLine !== undefined) {
        assert.ok(closeLine >= d.startLine + d.lineStarts.length && closeLine < lines.length, `close line ${closeLine}`);
        assert.ok(lines[closeLine]!.includes(marker[0]!.repeat(3)), 'the close line holds a fence marker');
      }
      previousEnd = closeLine ?? d.startLine + d.lineStarts.length - 1;
    }
  }
  if (languageId === 'mermaid') assert.equal(diagrams.length, 1, 'a .mmd file is one diagram');
}

export const target: FuzzTarget = {
  name: 'findDiagrams',
  properties: [
    {
      name: 'diagrams lie inside the document and their text is the document text',
      property: () => fc.property(anyNote, fc.boolean(), (text, untagged) => checkDiagrams(text, 'markdown', untagged)),
      examples: () => hostileNotes().map((n) => [n, true]),
      runs: 200,
      weight: 20,
    },
    {
      name: 'a whole .mmd file maps back line for line',
      property: () => fc.property(anyNote, (text) => checkDiagrams(text, 'mermaid', true)),
      runs: 100,
      weight: 5,
    },
  ],
};
