// The one check every Markdown property makes: a position or range points inside the document it came from.
import assert from 'node:assert/strict';
import type { Position, Range } from '../../src/core/finding';
import { documentLines } from '../../src/core/markdown/document-lines';

/** Asserts `position` is inside `lines` (a character may sit just after the line's last one). */
export function assertPositionInside(lines: readonly string[], position: Position, what: string): void {
  assert.ok(Number.isInteger(position.line) && Number.isInteger(position.character), `${what}: non-integer ${JSON.stringify(position)}`);
  assert.ok(position.line >= 0 && position.line < lines.length, `${what}: line ${position.line} outside 0..${lines.length - 1}`);
  const length = lines[position.line]!.length;
  assert.ok(position.character >= 0 && position.character <= length, `${what}: character ${position.character} outside 0..${length} on line ${position.line}`);
}

/** Asserts `range` is inside the document and does not run backwards. */
export function assertRangeInside(lines: readonly string[], range: Range, what: string): void {
  assertPositionInside(lines, range.start, `${what} start`);
  assertPositionInside(lines, range.end, `${what} end`);
  const backwards = range.end.line < range.start.line || (range.end.line === range.start.line && range.end.character < range.start.character);
  assert.ok(!backwards, `${what}: range runs backwards ${JSON.stringify(range)}`);
}

/** The document's lines as VS Code numbers them. */
export const linesOf = documentLines;
