import * as l10n from '../l10n/translations';
import type { Position, Range } from '../finding';
import { arrowAt } from '../sequence/arrows';
import { participantAt } from './participant-at';
import { spanRange, type ParsedDocument } from './parsed-document';
import type { TextEdit } from '../fixes/tag-fence';

// Words mermaid's sequence lexer takes as keywords at the start of a statement: an id starting with one of
// them would turn `Loop->>B: x` into a block.
const KEYWORDS = new Set([
  'participant', 'actor', 'create', 'destroy', 'box', 'loop', 'rect', 'opt', 'alt', 'else', 'par', 'par_over', 'and',
  'critical', 'option', 'break', 'end', 'note', 'activate', 'deactivate', 'autonumber', 'title', 'acctitle',
  'accdescr', 'link', 'links', 'properties', 'details', 'sequencediagram', 'as', 'over', 'left', 'right',
]);

/** The range and current name of the participant id under the cursor, if it can be renamed there. */
export function prepareRename(doc: ParsedDocument, position: Position): { range: Range; placeholder: string } | undefined {
  const hit = participantAt(doc, position);
  return hit ? { range: spanRange(hit.parsed.diagram, hit.reference.span), placeholder: hit.reference.name } : undefined;
}

/**
 * Renames the participant under the cursor everywhere in its diagram: declarations, messages, notes' participant
 * lists, activate/deactivate, create/destroy and link lines — never words inside message or note text. Returns
 * an error message (for the user) when the new name would not read back as the same single participant.
 */
export function renameParticipant(doc: ParsedDocument, position: Position, newName: string): { edits: TextEdit[] } | { error: string } {
  const hit = participantAt(doc, position);
  if (!hit) return { error: l10n.t('Put the cursor on a participant name to rename it.') };
  const hasAliasSyntax = hit.participant.declarations.some((d) => d.alias !== undefined || d.shape !== undefined);
  const problem = nameProblem(newName, hasAliasSyntax);
  if (problem) return { error: l10n.t('Cannot rename "{0}" to "{1}": {2}.', hit.participant.name, newName, problem) };
  if (newName !== hit.participant.name && hit.sequence.participants.some((p) => p.name === newName)) {
    return { error: l10n.t('Cannot rename "{0}" to "{1}": that participant already exists in this diagram, and the two would merge.', hit.participant.name, newName) };
  }
  return { edits: hit.occurrences.map((r) => ({ range: spanRange(hit.parsed.diagram, r.span), newText: newName })) };
}

/** Why mermaid would not read `name` back as one participant id, or undefined when it would. */
export function nameProblem(name: string, hasAliasSyntax: boolean): string | undefined {
  if (name.trim() === '') return l10n.t('the name is empty');
  if (name !== name.trim()) return l10n.t('the name starts or ends with a space');
  const bad = /[\n\r:;,<>#@+()/\\%"]/.exec(name);
  if (bad) return l10n.t('mermaid does not allow "{0}" in a participant name', bad[0]);
  for (let i = 0; i < name.length; i++) {
    if (arrowAt(name, i) || name.startsWith('--', i)) return l10n.t('mermaid would read part of the name as an arrow');
  }
  if (hasAliasSyntax && /\s/.test(name)) return l10n.t('a participant declared with an alias ("as …") cannot have spaces in its id');
  const first = /^[A-Za-z_]+/.exec(name)?.[0].toLowerCase();
  if (first && KEYWORDS.has(first) && !/^[A-Za-z0-9_]/.test(name.slice(first.length))) {
    return l10n.t('"{0}" is a mermaid keyword, so a line starting with it would not be a message', first);
  }
  return undefined;
}
