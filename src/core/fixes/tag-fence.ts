import type { Range } from '../finding';
import type { Diagram } from '../markdown/diagram';
import { documentLines } from '../markdown/document-lines';
import { findDiagrams } from '../markdown/find-diagrams';

/** A plain text replacement in document coordinates (same shape as an LSP TextEdit). */
export interface TextEdit {
  readonly range: Range;
  readonly newText: string;
}

/**
 * The edit that tags one untagged diagram fence as `mermaid` (inserted right after the opening marker, so GitHub
 * and VS Code's preview render it); undefined for a tagged fence or a `.mmd` file.
 */
export function tagFenceEdit(diagram: Diagram): TextEdit | undefined {
  const fence = diagram.fence;
  if (!fence || fence.tagged) return undefined;
  const at = { line: fence.openLine, character: fence.markerColumn + fence.marker.length };
  return { range: { start: at, end: at }, newText: 'mermaid' };
}

/** The edits that tag every untagged diagram fence of a Markdown document, in document order. */
export function tagAllFencesEdits(text: string): TextEdit[] {
  return findDiagrams(text).flatMap((d) => tagFenceEdit(d) ?? []);
}

/** The text with the edits applied (edits must not overlap); line endings of untouched lines are kept. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const lineOffsets = lineStartOffsets(text);
  const offsetOf = (p: { line: number; character: number }) => (lineOffsets[p.line] ?? text.length) + p.character;
  const sorted = [...edits].sort((a, b) => offsetOf(b.range.start) - offsetOf(a.range.start));
  let result = text;
  for (const edit of sorted) {
    result = result.slice(0, offsetOf(edit.range.start)) + edit.newText + result.slice(offsetOf(edit.range.end));
  }
  return result;
}

/** Offset in `text` where each line starts (`\r\n`, `\r` and `\n` end lines, as in VS Code). */
function lineStartOffsets(text: string): number[] {
  const offsets = [0];
  let offset = 0;
  for (const line of documentLines(text).slice(0, -1)) {
    offset += line.length;
    offset += text.startsWith('\r\n', offset) ? 2 : 1;
    offsets.push(offset);
  }
  return offsets;
}
