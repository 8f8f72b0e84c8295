import * as l10n from '../l10n/translations';
import type { Range } from '../finding';
import { warningsFor } from '../sequence/sequence-warnings';
import type { SequenceDocument } from '../sequence/sequence-model';
import type { CodeActionEntry } from './code-action';
import { containerPrefix, endOfDiagramLine } from './diagram-lines';
import { spanRange, type ParsedDiagram, type ParsedDocument } from './parsed-document';

/**
 * Fixes for our participant warnings: "Declare participant X" (a `participant X` line after the existing
 * declarations, outside any box) and, for a slip, "Change to Y" on every occurrence of the misspelled name.
 */
export function declareParticipantActions(doc: ParsedDocument, parsed: ParsedDiagram, range: Range): CodeActionEntry[] {
  const { diagram, sequence } = parsed;
  if (!sequence) return [];
  const actions: CodeActionEntry[] = [];
  const offered = new Set<string>();
  for (const warning of warningsFor(sequence)) {
    if (warning.code !== 'undeclared-participant' && warning.code !== 'misspelled-participant') continue;
    const line = diagram.startLine + warning.line;
    if (range.end.line < line || range.start.line > line) continue;
    const name = sequence.lines[warning.line]!.slice(warning.column, warning.endColumn);
    if (offered.has(name)) continue;
    offered.add(name);
    const intended = warning.intended;
    if (intended) {
      const edits = sequence.references.filter((r) => r.name === name).map((r) => ({ range: spanRange(diagram, r.span), newText: intended }));
      actions.push({ title: l10n.t('Change "{0}" to "{1}"', name, intended), kind: 'quickfix', edits, fixes: warning.code, isPreferred: true });
    }
    // `participant X as Y` would declare X with the label Y, not a participant named "X as Y".
    if (/\s+as\s+/i.test(name) || /^\S+\s*@\{/.test(name)) continue;
    const after = declarationAnchor(sequence);
    const indent = sequence.lines[after.indentFrom]!.match(/^\s*/)![0] || (after.indentFrom === sequence.headerLine ? '    ' : '');
    const at = endOfDiagramLine(diagram, sequence.lines, after.line);
    actions.push({
      title: l10n.t('Declare participant "{0}"', name),
      kind: 'quickfix',
      edits: [{ range: { start: at, end: at }, newText: `\n${containerPrefix(doc, diagram, after.line)}${indent}participant ${name}` }],
      fixes: warning.code,
      isPreferred: !intended,
    });
  }
  return actions;
}

/** The line after which a new declaration goes (the last declaration, or the end of the box holding it). */
function declarationAnchor(sequence: SequenceDocument): { line: number; indentFrom: number } {
  const declarationLines = sequence.participants.flatMap((p) => p.declarations.filter((d) => !d.created).map((d) => d.span.line));
  const header = sequence.headerLine ?? 0;
  if (declarationLines.length === 0) return { line: header, indentFrom: firstStatementLine(sequence) ?? header };
  const last = Math.max(...declarationLines);
  const box = sequence.blocks.find((b) => b.kind === 'box' && b.startLine < last && (b.endLine ?? Infinity) > last);
  if (box && box.endLine !== undefined) return { line: box.endLine, indentFrom: box.endLine };
  return { line: last, indentFrom: last };
}

function firstStatementLine(sequence: SequenceDocument): number | undefined {
  return sequence.statements.find((s) => s.kind !== 'header')?.span.line;
}
