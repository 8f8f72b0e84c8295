import * as l10n from '../l10n/translations';
import type { DiagramIssue } from '../markdown/diagram-issue';
import { activationBalance } from './activation-balance';
import { editDistance } from './edit-distance';
import { parseSequenceCached } from './parse-sequence-cached';
import type { Participant, ParticipantReference, SequenceDocument, TextSpan } from './sequence-model';

/**
 * Warnings about sequence diagrams that mermaid accepts but that are almost certainly mistakes: a participant
 * used but never declared while the others are, a name that is a slip of a declared one, activations that
 * name nobody or are never ended. Positions are in diagram-text coordinates. Never throws.
 */
export function sequenceWarnings(diagramText: string): DiagramIssue[] {
  try {
    return warningsFor(parseSequenceCached(diagramText));
  } catch {
    return []; // a warning pass must never take diagnostics down with it
  }
}

// Keyed by the (cached, immutable) parse, so an unchanged diagram's warnings are not worked out again.
const memo = new WeakMap<SequenceDocument, DiagramIssue[]>();

/** The same warnings from an already parsed diagram (the server caches the parse). */
export function warningsFor(doc: SequenceDocument): DiagramIssue[] {
  let issues = memo.get(doc);
  if (!issues) {
    issues = computeWarnings(doc);
    memo.set(doc, issues);
  }
  return [...issues];
}

function computeWarnings(doc: SequenceDocument): DiagramIssue[] {
  if (doc.headerLine === undefined) return [];
  const issues: DiagramIssue[] = [];
  const declared = doc.participants.filter((p) => p.declarations.length > 0);
  // One or two declarations often only set an alias or an order (mermaid's own docs do that); from three on,
  // the author has written out the cast, and a name outside it is a slip.
  const castSize = declared.filter((p) => p.declarations.some((d) => !d.created)).length;
  const implicitCount = doc.participants.length - declared.length;
  const explicitlyDeclared = castSize >= 3 && implicitCount < castSize;
  const counts = useCounts(doc.references);

  for (const p of doc.participants) {
    if (p.declarations.length > 0) continue;
    const uses = doc.references.filter((r) => r.name === p.name && isDrawingUse(r));
    if (uses.length === 0) continue; // only activate/link lines: handled below
    const typo = likelyIntended(p, explicitlyDeclared ? declared : doc.participants, counts);
    if (typo) {
      for (const use of uses) {
        issues.push({ ...warning(use.span, 'misspelled-participant', l10n.t('"{0}" is not a participant of this diagram; did you mean "{1}"{2}? As written, mermaid draws a separate participant "{0}".', p.name, typo.name, typo.why)), intended: typo.name });
      }
    } else if (explicitlyDeclared) {
      issues.push(warning(uses[0]!.span, 'undeclared-participant', l10n.t('"{0}" is used but never declared, while the other {1} participants are declared. Add "participant {0}" next to the other declarations so it gets its place and label.', p.name, castSize)));
    }
  }

  for (const a of doc.activations) {
    const ref = a.participant;
    if (!ref || doc.references.some((r) => r.name === ref.name && isDrawingUse(r))) continue;
    const message = a.kind === 'activate'
      ? l10n.t('"{0}" is activated but never appears in a message, note or declaration of this diagram. Check the name.', ref.name)
      : l10n.t('"{0}" is deactivated but never appears in a message, note or declaration of this diagram. Check the name.', ref.name);
    issues.push(warning(ref.span, 'activation-unknown-participant', message));
  }

  const balance = activationBalance(doc);
  if (!balance.inactiveDeactivation) {
    for (const open of balance.openAtEnd) {
      if (!open.reference) continue;
      issues.push({ ...warning(open.reference.span, 'activation-never-ended', l10n.t('"{0}" is activated here but never deactivated, so its activation bar runs to the end of the diagram. Add "deactivate {0}" (or "-" on its reply arrow) where its work ends.', open.participant)), severity: 'information' });
    }
  }
  return issues.sort((x, y) => x.line - y.line || x.column - y.column);
}

/** Uses that make mermaid draw the participant: declarations, messages and notes. */
function isDrawingUse(r: ParticipantReference): boolean {
  return r.role === 'message-from' || r.role === 'message-to' || r.role === 'note' || r.role === 'declaration' || r.role === 'create';
}

function useCounts(refs: readonly ParticipantReference[]): Map<string, number> {
  const counts = new Map<string, number>();
  for (const r of refs) if (isDrawingUse(r)) counts.set(r.name, (counts.get(r.name) ?? 0) + 1);
  return counts;
}

/**
 * The participant `p` was most likely meant to be, when the slip is unmistakable: the same name in another
 * case, a declared participant's display alias used as an id, or one or two typing slips away from a name
 * that is used more often. Names that differ in digits (`Worker1`/`Worker2`) are never typos.
 */
function likelyIntended(
  p: Participant,
  candidates: readonly Participant[],
  counts: Map<string, number>,
): { name: string; why: string } | undefined {
  const others = candidates.filter((c) => c.name !== p.name);
  const sameCase = others.find((c) => c.name.toLowerCase() === p.name.toLowerCase());
  if (sameCase) return { name: sameCase.name, why: l10n.t(' (names are case-sensitive)') };
  const byAlias = others.find((c) => c.declarations.some((d) => d.alias?.trim() === p.name));
  if (byAlias) return { name: byAlias.name, why: l10n.t(' (declared with the label "{0}"; messages use the id)', p.name) };
  if (p.name.length < 4 || (counts.get(p.name) ?? 0) > 1) return undefined;
  const max = p.name.length >= 8 ? 2 : 1;
  const close = others.filter((c) => {
    if ((counts.get(c.name) ?? 0) < 2 || digitsOf(c.name) !== digitsOf(p.name)) return false;
    return editDistance(p.name, c.name, max) <= max;
  });
  return close.length === 1 ? { name: close[0]!.name, why: '' } : undefined;
}

function digitsOf(name: string): string {
  return name.replace(/\D/g, '');
}

function warning(span: TextSpan, code: string, message: string): DiagramIssue {
  return { line: span.line, column: span.start, endLine: span.line, endColumn: span.end, severity: 'warning', code, message };
}
