import type { Range } from '../finding';
import { diagramBlockRange } from '../markdown/diagram-position';
import { findHeadings, type Heading } from '../markdown/nearest-heading';
import { spanRange, type ParsedDiagram, type ParsedDocument } from './parsed-document';

export type SymbolKindName = 'heading' | 'diagram' | 'participant' | 'actor';

/** One outline entry (LSP's DocumentSymbol, in plain data). */
export interface OutlineSymbol {
  readonly name: string;
  readonly detail?: string;
  readonly kind: SymbolKindName;
  /** The whole extent (a heading's section, a diagram's fence, a participant's declaration line). */
  readonly range: Range;
  /** What to select and reveal (the heading line, the opening fence, the participant's id). */
  readonly selectionRange: Range;
  readonly children: readonly OutlineSymbol[];
}

interface HeadingNode {
  heading: Heading;
  range: Range;
  children: (HeadingNode | OutlineSymbol)[];
}

/**
 * The outline: every diagram as a symbol under its nearest Markdown heading (only headings that hold diagrams
 * are listed, since VS Code's Markdown outline already lists every heading), its participants as children.
 */
export function documentSymbols(doc: ParsedDocument): OutlineSymbol[] {
  const lineLength = (line: number) => doc.lines[line]?.length ?? 0;
  const diagramSymbols = doc.diagrams.map((parsed) => ({ line: parsed.diagram.startLine, symbol: diagramSymbol(parsed, lineLength) }));
  if (doc.languageId === 'mermaid') return diagramSymbols.map((d) => d.symbol);

  const headings = findHeadings(doc.text);
  const roots: (HeadingNode | OutlineSymbol)[] = [];
  const stack: HeadingNode[] = [];
  const used = new Set<HeadingNode>();
  let next = 0;
  const placeDiagramsBefore = (line: number) => {
    for (; next < diagramSymbols.length && diagramSymbols[next]!.line < line; next++) {
      const parent = stack.at(-1);
      (parent ? parent.children : roots).push(diagramSymbols[next]!.symbol);
      for (const node of stack) used.add(node);
    }
  };
  headings.forEach((heading, i) => {
    placeDiagramsBefore(heading.line);
    while (stack.length > 0 && stack.at(-1)!.heading.level >= heading.level) stack.pop();
    const end = sectionEnd(headings, i, doc.lines.length);
    const node: HeadingNode = {
      heading,
      range: { start: { line: heading.line, character: 0 }, end: { line: end, character: lineLength(end) } },
      children: [],
    };
    (stack.at(-1)?.children ?? roots).push(node);
    stack.push(node);
  });
  placeDiagramsBefore(Number.POSITIVE_INFINITY);
  return prune(roots, used, lineLength);
}

/** The last line of a heading's section: the line before the next heading of the same or a higher level. */
function sectionEnd(headings: readonly Heading[], i: number, lineCount: number): number {
  const level = headings[i]!.level;
  const next = headings.slice(i + 1).find((h) => h.level <= level);
  return Math.max(headings[i]!.line, (next ? next.line : lineCount) - 1);
}

function prune(nodes: readonly (HeadingNode | OutlineSymbol)[], used: Set<HeadingNode>, lineLength: (line: number) => number): OutlineSymbol[] {
  return nodes.flatMap((node): OutlineSymbol[] => {
    if (!('heading' in node)) return [node];
    if (!used.has(node)) return [];
    const line = node.heading.line;
    return [{
      name: node.heading.text || '(heading)',
      kind: 'heading',
      range: node.range,
      selectionRange: { start: { line, character: 0 }, end: { line, character: lineLength(line) } },
      children: prune(node.children, used, lineLength),
    }];
  });
}

function diagramSymbol(parsed: ParsedDiagram, lineLength: (line: number) => number): OutlineSymbol {
  const { diagram, sequence } = parsed;
  const range = diagramBlockRange(diagram, lineLength);
  const firstLine = diagram.fence ? diagram.fence.openLine : diagram.startLine;
  const selectionRange = { start: range.start, end: { line: firstLine, character: lineLength(firstLine) } };
  const participants = sequence?.participants ?? [];
  const children = participants.map((p): OutlineSymbol => {
    const declaration = p.declarations[0];
    const span = declaration?.span ?? p.firstSpan;
    const idRange = spanRange(diagram, span);
    return {
      name: p.name,
      detail: declaration?.alias,
      kind: declaration?.keyword === 'actor' ? 'actor' : 'participant',
      range: { start: { line: idRange.start.line, character: 0 }, end: { line: idRange.end.line, character: lineLength(idRange.end.line) } },
      selectionRange: idRange,
      children: [],
    };
  });
  const kind = diagram.kind ?? 'diagram';
  const untagged = diagram.fence && !diagram.fence.tagged ? ' (untagged fence)' : '';
  return {
    name: kind,
    detail: (participants.length > 0 ? participants.map((p) => p.name).join(', ') : '') + untagged,
    kind: 'diagram',
    range,
    selectionRange,
    children,
  };
}
