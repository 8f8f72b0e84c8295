import type { Position, Range } from '../finding';
import { participantAt } from './participant-at';
import { spanRange, type ParsedDocument } from './parsed-document';

/** Every place the participant under the cursor is named in its diagram (never words inside message text). */
export function references(doc: ParsedDocument, position: Position, includeDeclaration = true): Range[] {
  const hit = participantAt(doc, position);
  if (!hit) return [];
  return hit.occurrences
    .filter((r) => includeDeclaration || (r.role !== 'declaration' && r.role !== 'create'))
    .map((r) => spanRange(hit.parsed.diagram, r.span));
}
