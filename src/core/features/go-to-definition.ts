import type { Position, Range } from '../finding';
import { participantAt } from './participant-at';
import { spanRange, type ParsedDocument } from './parsed-document';

/** Where the participant under the cursor is declared; for an undeclared one, where it first appears. */
export function definition(doc: ParsedDocument, position: Position): Range | undefined {
  const hit = participantAt(doc, position);
  if (!hit) return undefined;
  const span = hit.participant.declarations[0]?.span ?? hit.participant.firstSpan;
  return spanRange(hit.parsed.diagram, span);
}
