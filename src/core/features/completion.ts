import * as l10n from '../l10n/translations';
import type { Position, Range } from '../finding';
import { toDocumentRange } from '../markdown/diagram-position';
import { arrowDescriptions, arrowAt } from '../sequence/arrows';
import type { SequenceDocument } from '../sequence/sequence-model';
import { diagramAtPosition, type ParsedDocument } from './parsed-document';

export type CompletionKindName = 'participant' | 'actor' | 'alias' | 'keyword' | 'arrow';

/** One completion proposal (LSP's CompletionItem, in plain data). */
export interface CompletionEntry {
  readonly label: string;
  readonly kind: CompletionKindName;
  readonly detail?: string;
  readonly insertText: string;
  /** What the typed prefix is matched against, when it differs from the label (an alias inserts its id). */
  readonly filterText?: string;
  /** The text the proposal replaces: the partly typed word before the cursor. */
  readonly range: Range;
}

/** Keywords offered at a line start, each with what it does (in the user's language). */
const statementKeywords = (): readonly [string, string][] => [
  ['participant', l10n.t('Declare a participant: participant Id as Label')],
  ['actor', l10n.t('Declare an actor (stick figure): actor Id as Label')],
  ['create participant', l10n.t('Create a participant with the next message')],
  ['destroy', l10n.t('Destroy a participant with the next message')],
  ['Note', l10n.t('Note left of / right of / over a participant')],
  ['activate', l10n.t('Start an activation bar')],
  ['deactivate', l10n.t('End an activation bar')],
  ['autonumber', l10n.t('Number the messages')],
  ['alt', l10n.t('Alternative paths (with else), closed by end')],
  ['else', l10n.t('Next path of an alt block')],
  ['opt', l10n.t('Optional path, closed by end')],
  ['loop', l10n.t('Repeated messages, closed by end')],
  ['par', l10n.t('Parallel paths (with and), closed by end')],
  ['and', l10n.t('Next path of a par block')],
  ['critical', l10n.t('Critical region (with option), closed by end')],
  ['option', l10n.t('Next circumstance of a critical block')],
  ['break', l10n.t('Stop of the sequence (an exception), closed by end')],
  ['rect', l10n.t('Background highlight: rect rgb(…), closed by end')],
  ['box', l10n.t('Group participants in a box, closed by end')],
  ['end', l10n.t('Close the innermost block')],
  ['link', l10n.t('Add a link to a participant\'s menu')],
];

/**
 * Completion in sequence diagrams: participants (and their aliases, which insert the id) after an arrow, in
 * `Note … of/over` and after activate/deactivate; arrow kinds after a sender; statement keywords at a line start.
 */
export function completions(doc: ParsedDocument, position: Position): CompletionEntry[] {
  const hit = diagramAtPosition(doc, position);
  const sequence = hit?.parsed.sequence;
  if (!hit || !sequence || sequence.headerLine === undefined || hit.at.line <= sequence.headerLine) return [];
  const lineText = sequence.lines[hit.at.line] ?? '';
  const column = Math.min(hit.at.column, lineText.length);
  const statementStart = lineText.lastIndexOf(';', column - 1) + 1;
  const prefix = lineText.slice(statementStart, column);
  const cursor = { line: hit.at.line, column };
  const range = (fromColumn: number) => toDocumentRange(hit.parsed.diagram, hit.at.line, fromColumn, hit.at.line, column);
  const partialStart = (text: string) => column - (text.length - text.trimStart().length === text.length ? 0 : text.trimStart().length);

  if (/^\s*%%/.test(prefix)) return [];
  const note = /^\s*note\s+(left\s+of|right\s+of|over)\s+([^:]*)$/i.exec(prefix);
  if (note) return participantEntries(sequence, range(partialStart(note[2]!.split(',').at(-1)!)), cursor);
  const placement = /^\s*note\s+(\w*)$/i.exec(prefix);
  if (placement) {
    return ['left of', 'right of', 'over'].map((p) => ({ label: p, kind: 'keyword', insertText: `${p} `, range: range(column - placement[1]!.length) }));
  }
  const named = /^\s*(activate|deactivate|destroy|links?|properties|details)\s+([^:]*)$/i.exec(prefix);
  if (named) return participantEntries(sequence, range(partialStart(named[2]!)), cursor);
  if (/^\s*(participant|actor|create\s+participant|create\s+actor)\s/i.test(prefix)) return [];
  if (/^\s*create\s+\w*$/i.test(prefix)) {
    const typed = /\w*$/.exec(prefix)![0];
    return ['participant', 'actor'].map((k) => ({ label: k, kind: 'keyword', insertText: `${k} `, range: range(column - typed.length) }));
  }
  if (prefix.includes(':')) return []; // message or note text: free prose

  const afterArrow = receiverPrefix(prefix);
  if (afterArrow !== undefined) return participantEntries(sequence, range(partialStart(afterArrow)), cursor);
  const arrowPart = partialArrowAfterSender(sequence, prefix);
  if (arrowPart !== undefined) {
    return arrowDescriptions().map(({ arrow, description }) => ({
      label: arrow, kind: 'arrow', detail: description, insertText: arrow, range: range(column - arrowPart.length),
    }));
  }
  const word = /^\s*([\p{L}\p{N}_]*)$/u.exec(prefix);
  if (!word) return [];
  const from = range(column - word[1]!.length);
  const keywords = statementKeywords().map(([label, detail]): CompletionEntry => ({ label, kind: 'keyword', detail, insertText: label, range: from }));
  return [...keywords, ...participantEntries(sequence, from, cursor)];
}

/** The text typed after a complete arrow (and its `+`/`-`), or undefined if the prefix has no arrow yet. */
function receiverPrefix(prefix: string): string | undefined {
  for (let i = 1; i < prefix.length; i++) {
    const arrow = arrowAt(prefix, i);
    if (!arrow || prefix.slice(0, i).trim() === '') continue;
    return prefix.slice(i + arrow.length).replace(/^\s*(\+|-|\(\))?/, '');
  }
  return undefined;
}

/** The partly typed arrow after a known sender (`Alice -`, `Alice `), or undefined when that is not the case. */
function partialArrowAfterSender(sequence: SequenceDocument, prefix: string): string | undefined {
  const m = /^\s*(.*?)(\(\))?(\s*)((?:[-<][-<>x)]*)?)$/.exec(prefix);
  if (!m || m[1] === '' || (m[3] === '' && m[4] === '' && m[2] === undefined)) return undefined;
  if (!sequence.participants.some((p) => p.name === m[1])) return undefined;
  return m[4];
}

/** The participants to propose; a name that exists only as the word being typed is not proposed to itself. */
function participantEntries(sequence: SequenceDocument, range: Range, at: { line: number; column: number }): CompletionEntry[] {
  const beingTyped = (name: string) =>
    sequence.references.every((r) => r.name !== name || (r.span.line === at.line && r.span.start <= at.column && at.column <= r.span.end));
  return sequence.participants.filter((p) => !beingTyped(p.name)).flatMap((p): CompletionEntry[] => {
    const declaration = p.declarations[0];
    const kind = declaration?.keyword === 'actor' ? 'actor' : 'participant';
    const detail = declaration ? `${declaration.keyword} ${p.name}${declaration.alias ? ` as ${declaration.alias}` : ''}` : l10n.t('participant (not declared)');
    const entries: CompletionEntry[] = [{ label: p.name, kind, detail, insertText: p.name, range }];
    if (declaration?.alias && declaration.alias !== p.name) {
      entries.push({ label: declaration.alias, kind: 'alias', detail: l10n.t('{0} {1} (inserts the id)', kind, p.name), insertText: p.name, filterText: declaration.alias, range });
    }
    return entries;
  });
}
