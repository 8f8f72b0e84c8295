/**
 * The diagram-type keywords mermaid 12.3.0 detects, taken from its detectors
 * (node_modules/mermaid/dist/mermaid.core.mjs, `registerLazyLoadedDiagrams`). Mermaid's own detectors are bare
 * prefix tests (`/^\s*pie/` also matches "pied piper"), which is fine for a fence already tagged `mermaid` but
 * far too eager for an untagged fence of prose, so `untaggedDiagramKeyword` demands the keyword as a whole word
 * followed by what mermaid allows on that first line.
 */

/** Every keyword, longest first so `stateDiagram-v2` wins over `stateDiagram`. */
export const DIAGRAM_KEYWORDS: readonly string[] = [
  'sequenceDiagram',
  'flowchart-elk',
  'flowchart',
  'graph',
  'classDiagram-v2',
  'classDiagram',
  'stateDiagram-v2',
  'stateDiagram',
  'erDiagram',
  'gantt',
  'pie',
  'journey',
  'gitGraph',
  'mindmap',
  'timeline',
  'quadrantChart',
  'requirementDiagram',
  'requirement',
  'C4Context',
  'C4Container',
  'C4Component',
  'C4Dynamic',
  'C4Deployment',
  'xychart-beta',
  'xychart',
  'sankey-beta',
  'sankey',
  'block-beta',
  'block',
  'packet-beta',
  'packet',
  'architecture-beta',
  'architecture',
  'kanban',
  'radar-beta',
  'treemap-beta',
  'treemap',
  'info',
  'agentflow-beta',
  'swimlane-beta',
  'treeView-beta',
  'eventmodeling',
  'ishikawa-beta',
  'ishikawa',
  'venn-beta',
  'usecase-beta',
  'wardley-beta',
  'cynefin-beta',
  'railroad-ebnf-beta',
  'railroad-abnf-beta',
  'railroad-peg-beta',
  'railroad-beta',
].sort((a, b) => b.length - a.length);

/** Diagram types whose mermaid parser keeps `%%` comment lines (their db sets `preserveCommentsWhenParsing`). */
export const COMMENT_PRESERVING_KINDS: ReadonlySet<string> = new Set(['agentflow-beta', 'eventmodeling']);

const DIRECTION = String.raw`(?:TB|TD|BT|RL|LR|<|>|\^|v)`;
/** `graph`, `graph TD`, `graph LR;` or a one-line flowchart such as `graph LR; A-->B`. */
const FLOWCHART_REST = new RegExp(String.raw`^(?:\s*|\s*;.*|\s+${DIRECTION}(?:\s*;.*|\s+.*-->.*|\s*))$`);

/**
 * What may follow the keyword on an untagged fence's first line besides nothing, `:` or `;`. Anything else (e.g. "graph of our services")
 * reads as prose, and an untagged fence of prose is not a diagram.
 */
const REST_BY_KEYWORD: Readonly<Record<string, RegExp>> = {
  graph: FLOWCHART_REST,
  flowchart: FLOWCHART_REST,
  'flowchart-elk': new RegExp(String.raw`^(?:\s+${DIRECTION})?\s*;?\s*$`),
  pie: /^\s+(?:showData\b.*|title\s.*)$/,
  gitGraph: /^(?:\s+(?:TB|BT|LR))?\s*:?\s*$/,
  xychart: /^\s+(?:horizontal|vertical)\s*$/,
  'xychart-beta': /^\s+(?:horizontal|vertical)\s*$/,
  stateDiagram: /^\s*(?:direction\s+\w+)?\s*$/,
  'stateDiagram-v2': /^\s*(?:direction\s+\w+)?\s*$/,
  timeline: /^\s+(?:TD|LR)\s*$/,
  info: /^\s+showInfo\s*$/,
  'cynefin-beta': /^\s*:.*$/,
};

const DEFAULT_REST = /^\s*[:;]?\s*$/;

/**
 * The keyword an untagged fence's first meaningful line starts with, when that line reads as the start of a
 * Mermaid diagram (the keyword as a whole word and nothing prose-like after it); otherwise undefined.
 */
export function untaggedDiagramKeyword(line: string): string | undefined {
  const trimmed = line.trimStart();
  for (const keyword of DIAGRAM_KEYWORDS) {
    if (!trimmed.startsWith(keyword)) continue;
    const rest = trimmed.slice(keyword.length);
    if (rest !== '' && /^[\w-]/.test(rest)) continue; // a longer word, e.g. "graphql"
    return DEFAULT_REST.test(rest) || REST_BY_KEYWORD[keyword]?.test(rest) ? keyword : undefined;
  }
  return undefined;
}

/** The keyword a tagged diagram's first meaningful line starts with (mermaid's own prefix test); else undefined. */
export function diagramKeyword(line: string): string | undefined {
  const trimmed = line.trimStart();
  return DIAGRAM_KEYWORDS.find((keyword) => trimmed.startsWith(keyword));
}
