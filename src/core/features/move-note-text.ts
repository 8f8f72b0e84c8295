import * as l10n from '../l10n/translations';
import type { Range } from '../finding';
import { toDocumentPosition } from '../markdown/diagram-position';
import type { CodeActionEntry } from './code-action';
import type { ParsedDiagram } from './parsed-document';

/**
 * "Move the note text onto the Note line": a `Note right of X:` whose text was written on the following
 * line(s) — which mermaid rejects — becomes one line, several lines joined with `<br/>`.
 */
export function moveNoteTextActions(parsed: ParsedDiagram, range: Range): CodeActionEntry[] {
  const { diagram, sequence } = parsed;
  if (!sequence) return [];
  const unknownLines = new Set(sequence.statements.filter((s) => s.kind === 'unknown').map((s) => s.span.line));
  const actions: CodeActionEntry[] = [];
  for (const note of sequence.notes) {
    if (note.text !== undefined && note.text !== '') continue;
    let last = note.line;
    while (unknownLines.has(last + 1)) last++;
    if (last === note.line) continue;
    const firstDocLine = diagram.startLine + note.line;
    if (range.end.line < firstDocLine || range.start.line > diagram.startLine + last) continue;
    const carried = sequence.lines.slice(note.line + 1, last + 1).map((l) => l.trim());
    const noteLine = sequence.lines[note.line]!;
    const from = note.textColumn ?? noteLine.trimEnd().length;
    const edit = {
      range: { start: toDocumentPosition(diagram, note.line, from), end: toDocumentPosition(diagram, last, sequence.lines[last]!.length) },
      newText: `${note.textColumn === undefined ? ':' : ''} ${carried.join('<br/>')}`,
    };
    actions.push({ title: l10n.t('Move the note text onto the Note line'), kind: 'quickfix', edits: [edit], fixes: 'parse-error', isPreferred: true });
  }
  return actions;
}
