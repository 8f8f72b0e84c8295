import type { Position } from '../finding';
import type { Diagram } from '../markdown/diagram';
import { toDocumentPosition } from '../markdown/diagram-position';
import type { ParsedDocument } from './parsed-document';

/** The end of a diagram text line, in document coordinates. */
export function endOfDiagramLine(diagram: Diagram, lines: readonly string[], line: number): Position {
  return toDocumentPosition(diagram, line, lines[line]?.length ?? 0);
}

/**
 * What starts every document line of the diagram before its text (a blockquote's `> `, a list item's spaces),
 * taken from line `line`, so an inserted line sits inside the same container.
 */
export function containerPrefix(doc: ParsedDocument, diagram: Diagram, line: number): string {
  const docLine = doc.lines[diagram.startLine + line] ?? '';
  return docLine.slice(0, diagram.lineStarts[line] ?? 0);
}

/** The last diagram line with text on it. */
export function lastContentLine(lines: readonly string[]): number {
  for (let i = lines.length - 1; i >= 0; i--) if (lines[i]!.trim() !== '') return i;
  return 0;
}
