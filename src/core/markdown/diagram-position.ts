import type { Position, Range } from '../finding';
import type { Diagram } from './diagram';

/** A 0-based position inside a diagram's own text (line of `Diagram.text`, UTF-16 column). */
export interface DiagramPosition {
  readonly line: number;
  readonly column: number;
}

/** The document position of a position in the diagram's text (line and column are clamped into the diagram). */
export function toDocumentPosition(diagram: Diagram, line: number, column: number): Position {
  // An empty fence has no text line (its startLine may be past the end of the note): point at its marker.
  if (diagram.lineStarts.length === 0 && diagram.fence) return { line: diagram.fence.openLine, character: diagram.fence.markerColumn };
  const last = Math.max(0, diagram.lineStarts.length - 1);
  const l = Math.min(Math.max(0, line), last);
  return { line: diagram.startLine + l, character: (diagram.lineStarts[l] ?? 0) + Math.max(0, column) };
}

/** The document range of a range in the diagram's text. */
export function toDocumentRange(diagram: Diagram, line: number, column: number, endLine: number, endColumn: number): Range {
  return { start: toDocumentPosition(diagram, line, column), end: toDocumentPosition(diagram, endLine, endColumn) };
}

/**
 * The diagram position of a document position, or undefined when the position is outside the diagram's text
 * (on a fence line, or in a container prefix such as `> `).
 */
export function toDiagramPosition(diagram: Diagram, position: Position): DiagramPosition | undefined {
  const line = position.line - diagram.startLine;
  if (line < 0 || line >= diagram.lineStarts.length) return undefined;
  const column = position.character - diagram.lineStarts[line];
  if (column < 0) return undefined;
  return { line, column };
}

/** The document range covered by the diagram's text (not its fences). */
export function diagramTextRange(diagram: Diagram): Range {
  const lines = diagram.text.split('\n');
  const last = lines.length - 1;
  return toDocumentRange(diagram, 0, 0, last, lines[last].length);
}

/** The document range from the opening fence to the closing fence (or the text, for a `.mmd` file). */
export function diagramBlockRange(diagram: Diagram, documentLineLength: (line: number) => number): Range {
  if (!diagram.fence) return diagramTextRange(diagram);
  // An unclosed fence ends at its last text line, or on its own line when it has none (startLine may be past the end).
  const endLine = diagram.fence.closeLine ?? (diagram.lineStarts.length > 0 ? diagram.startLine + diagram.lineStarts.length - 1 : diagram.fence.openLine);
  return {
    start: { line: diagram.fence.openLine, character: diagram.fence.markerColumn },
    end: { line: endLine, character: documentLineLength(endLine) },
  };
}

/** The diagram whose text contains the document position, if any. */
export function diagramAt(diagrams: readonly Diagram[], position: Position): Diagram | undefined {
  return diagrams.find((d) => toDiagramPosition(d, position) !== undefined);
}
