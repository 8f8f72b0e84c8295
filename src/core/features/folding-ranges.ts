import type { ParsedDocument } from './parsed-document';

/** A foldable stretch of document lines (LSP's FoldingRange). */
export interface FoldRange {
  readonly startLine: number;
  readonly endLine: number;
}

/**
 * Folding for alt/opt/loop/par/critical/break/rect/box blocks: each block folds from its opening line to the
 * line before its `end` (so `end` stays visible), and each `else`/`and`/`option` section folds on its own.
 */
export function foldingRanges(doc: ParsedDocument): FoldRange[] {
  const ranges: FoldRange[] = [];
  for (const { diagram, sequence } of doc.diagrams) {
    if (!sequence) continue;
    const lastLine = sequence.lines.length - 1;
    for (const block of sequence.blocks) {
      const close = block.endLine ?? lastLine + 1;
      const starts = [block.startLine, ...block.sections.map((s) => s.line)];
      const add = (from: number, to: number) => {
        if (to > from) ranges.push({ startLine: diagram.startLine + from, endLine: diagram.startLine + to });
      };
      add(block.startLine, close - 1);
      block.sections.forEach((section, i) => add(section.line, (starts[i + 2] ?? close) - 1));
    }
  }
  return ranges.sort((a, b) => a.startLine - b.startLine);
}
