// A state diagram whose composite state ends up inside itself: `state A { A --> B }` makes mermaid draw A's own
// node inside A's box. mermaid parses it without complaint, but its layout then walks a parent chain that never
// ends: in a browser the preview freezes for good (mermaid 12.3.0; upstream mermaid-js/mermaid#4866 and #5255 are
// relatives). Other shapes of the same mistake fail to draw or draw nonsense. The check reads mermaid's own layout
// data, so it agrees with what mermaid would draw, and it runs before anything is drawn.
import type { Mermaid } from 'mermaid';
import type { DiagramIssue } from '../markdown/diagram-issue';
import * as l10n from '../l10n/translations';

/** One node of mermaid's state-diagram layout data: its id and the composite state it is drawn inside. */
export interface LayoutNode {
  readonly id: string;
  readonly parentId?: string;
  readonly isGroup?: boolean;
}

/** The first composite state whose chain of parents comes back to itself, if any. */
export function stateInsideItself(nodes: readonly LayoutNode[]): string | undefined {
  const byId = new Map(nodes.map((n) => [n.id, n]));
  for (const node of nodes) {
    if (!node.isGroup) continue;
    const seen = new Set<string>();
    for (let at: LayoutNode | undefined = node; at?.parentId !== undefined; at = byId.get(at.parentId)) {
      if (at.parentId === node.id) return node.id;
      if (seen.has(at.id)) break; // a loop that does not pass through `node`: another group reports it
      seen.add(at.id);
    }
  }
  return undefined;
}

/**
 * The issue for a state diagram with a state inside itself, or undefined for any other text. Parses `text` again
 * with mermaid (only state diagrams), so call it after `mermaid.parse` accepted the text.
 */
export async function stateInsideItselfIssue(mermaid: Mermaid, text: string): Promise<DiagramIssue | undefined> {
  let nodes: readonly LayoutNode[];
  try {
    if (!/^state/.test(mermaid.detectType(text))) return undefined;
    const diagram = await mermaid.mermaidAPI.getDiagramFromText(text);
    const db = diagram.db as { getData?: () => { nodes: readonly LayoutNode[] } };
    nodes = db.getData?.().nodes ?? [];
  } catch {
    return undefined; // not a state diagram mermaid can read: its parse error is reported instead
  }
  const id = stateInsideItself(nodes);
  if (id === undefined) return undefined;
  const line = lineUsingStateInsideItsBlock(text.split('\n'), id);
  const lineText = text.split('\n')[line] ?? '';
  const indent = lineText.length - lineText.trimStart().length;
  return {
    line, column: indent, endLine: line, endColumn: lineText.length, severity: 'error', code: 'state-inside-itself',
    message: l10n.t('State "{0}" is used inside its own block (state {0} {…}), so it ends up inside itself: mermaid cannot draw this (the picture hangs, fails or comes out wrong). Rename the inner state, or move this line out of the block.', id),
  };
}

/** The first line inside `state … id {` that names `id` again; else the block's own line; else the first line. */
function lineUsingStateInsideItsBlock(lines: readonly string[], id: string): number {
  const name = id.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const opens = new RegExp(`^\\s*state\\s+(?:"[^"]*"\\s+as\\s+)?${name}\\s*\\{`);
  const uses = new RegExp(`(^|[^\\w-])${name}($|[^\\w-])`);
  const open = lines.findIndex((l) => opens.test(l));
  if (open < 0) return 0;
  let depth = 0;
  for (let i = open; i < lines.length; i++) {
    const line = lines[i]!;
    if (i > open && depth > 0 && uses.test(line)) return i;
    depth += (line.match(/\{/g)?.length ?? 0) - (line.match(/\}/g)?.length ?? 0);
    if (i > open && depth <= 0) break;
  }
  return open;
}
