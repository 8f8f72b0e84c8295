// Test helper: positions written as "the Nth occurrence of a snippet", so tests read like what the user points at.
import type { Position, Range } from '../../src/core/finding';

/** The document position `offset` characters into the `nth` (0-based) occurrence of `snippet` in `text`. */
export function cursorAt(text: string, snippet: string, offset = 0, nth = 0): Position {
  let index = -1;
  for (let i = 0; i <= nth; i++) {
    index = text.indexOf(snippet, index + 1);
    if (index < 0) throw new Error(`"${snippet}" occurs fewer than ${nth + 1} times`);
  }
  const before = text.slice(0, index + offset).split('\n');
  return { line: before.length - 1, character: before.at(-1)!.length };
}

/** The text a document range covers. */
export function textOf(text: string, range: Range): string {
  const lines = text.split('\n');
  if (range.start.line === range.end.line) return lines[range.start.line]!.slice(range.start.character, range.end.character);
  return [
    lines[range.start.line]!.slice(range.start.character),
    ...lines.slice(range.start.line + 1, range.end.line),
    lines[range.end.line]!.slice(0, range.end.character),
  ].join('\n');
}
