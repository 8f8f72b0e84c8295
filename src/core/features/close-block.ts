import * as l10n from '../l10n/translations';
import type { Range } from '../finding';
import type { CodeActionEntry } from './code-action';
import { containerPrefix, endOfDiagramLine, lastContentLine } from './diagram-lines';
import type { ParsedDiagram, ParsedDocument } from './parsed-document';

/**
 * "Close the unclosed block": appends the missing `end` lines after the diagram's last line, innermost block
 * first, each indented like its block's opening line.
 */
export function closeBlockActions(doc: ParsedDocument, parsed: ParsedDiagram, range: Range): CodeActionEntry[] {
  const { diagram, sequence } = parsed;
  if (!sequence) return [];
  const unclosed = sequence.blocks.filter((b) => b.endLine === undefined);
  if (unclosed.length === 0) return [];
  const lastLine = diagram.startLine + sequence.lines.length - 1;
  if (range.end.line < diagram.startLine + unclosed[0]!.startLine || range.start.line > lastLine + 1) return [];
  const last = lastContentLine(sequence.lines);
  const prefix = containerPrefix(doc, diagram, last);
  const newText = [...unclosed].reverse().map((b) => `\n${prefix}${b.indent}end`).join('');
  const at = endOfDiagramLine(diagram, sequence.lines, last);
  const title = unclosed.length === 1
    ? l10n.t('Close the unclosed {0} block (line {1})', `\`${unclosed[0]!.kind}\``, diagram.startLine + unclosed[0]!.startLine + 1)
    : l10n.t('Close the {0} unclosed blocks', unclosed.length);
  return [{ title, kind: 'quickfix', edits: [{ range: { start: at, end: at }, newText }], fixes: 'parse-error', isPreferred: true }];
}
