import type { Range } from '../finding';
import { closeBlockActions } from './close-block';
import type { CodeActionEntry } from './code-action';
import { declareParticipantActions } from './declare-participant';
import { moveNoteTextActions } from './move-note-text';
import type { ParsedDocument } from './parsed-document';
import { tagFenceActions } from './tag-fence-actions';

/** Every code action that applies to `range`: fence tagging, note-text moving, block closing, declaring. */
export function codeActions(doc: ParsedDocument, range: Range): CodeActionEntry[] {
  // Only diagrams the range touches: VS Code asks on every cursor move, and a note may hold hundreds of them.
  const touched = doc.diagrams.filter(({ diagram }) => {
    const first = diagram.fence?.openLine ?? diagram.startLine;
    const last = diagram.fence?.closeLine ?? diagram.startLine + diagram.lineStarts.length;
    return range.end.line >= first && range.start.line <= last;
  });
  const perDiagram = touched.flatMap((parsed) => [
    ...moveNoteTextActions(parsed, range),
    ...closeBlockActions(doc, parsed, range),
    ...declareParticipantActions(doc, parsed, range),
  ]);
  return [...perDiagram, ...tagFenceActions(doc, range)];
}
