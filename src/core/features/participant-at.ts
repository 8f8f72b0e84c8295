import type { Position } from '../finding';
import type { Participant, ParticipantReference, SequenceDocument } from '../sequence/sequence-model';
import { diagramAtPosition, type ParsedDiagram, type ParsedDocument } from './parsed-document';

/** A participant name under the cursor, with its diagram and every occurrence of that participant. */
export interface ParticipantHit {
  readonly parsed: ParsedDiagram;
  readonly sequence: SequenceDocument;
  readonly reference: ParticipantReference;
  readonly participant: Participant;
  /** Every occurrence of the participant's id in its diagram, in text order (never inside message text). */
  readonly occurrences: readonly ParticipantReference[];
}

/**
 * The participant whose id is at `position` (the cursor touching either end of the name counts, as in VS Code's
 * word ranges), or undefined outside any participant id.
 */
export function participantAt(doc: ParsedDocument, position: Position): ParticipantHit | undefined {
  const hit = diagramAtPosition(doc, position);
  const sequence = hit?.parsed.sequence;
  if (!hit || !sequence) return undefined;
  const { line, column } = hit.at;
  const reference = sequence.references.find((r) => r.span.line === line && r.span.start <= column && column <= r.span.end);
  if (!reference) return undefined;
  const participant = sequence.participants.find((p) => p.name === reference.name)!;
  const occurrences = sequence.references.filter((r) => r.name === reference.name);
  return { parsed: hit.parsed, sequence, reference, participant, occurrences };
}
