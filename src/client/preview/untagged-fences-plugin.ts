// markdown-it plugin for VS Code's built-in Markdown preview: makes UNTAGGED ``` fences that hold a Mermaid
// diagram render as diagrams. It only rewrites fence tokens and never loads mermaid (it runs in the extension
// host). Tagged ```mermaid fences are left alone: whoever renders them (VS Code ≥ 1.121 itself, or another
// extension) keeps doing so, so no two renderers fight over the same fence.
import type { MarkdownIt } from 'markdown-it';
import { untaggedDiagramKeyword } from '../../core/markdown/diagram-keywords';
import { firstContentLine } from '../../core/markdown/first-content-line';

/**
 * - `off`: untagged fences stay code blocks.
 * - `mermaid-renderer`: a Mermaid renderer for ```mermaid exists (VS Code ≥ 1.121): tag the fence `mermaid` so
 *   that renderer draws it exactly like a tagged one.
 * - `own`: no renderer exists (VS Code 1.100): emit our own element, drawn by our preview script.
 */
export type UntaggedFenceMode = 'off' | 'mermaid-renderer' | 'own';

/** Class of the element our Markdown-preview script renders; distinct from `mermaid` so renderers never clash. */
export const OWN_DIAGRAM_CLASS = 'archlens-mermaid';

/** Lines read first; a diagram's keyword nearly always sits within them. */
const HEAD_LINES = 32;

/**
 * Whether an untagged fence's content is a Mermaid diagram (the same test `findDiagrams` uses). Only the first
 * lines are split off: splitting every fence whole cost 57-74 ms of extension-host time on a 10 MB note. When the
 * head decides (a content line is in it) the answer is the whole content's, since `firstContentLine` only looks
 * forward; only a head of front matter, directives or blanks falls back to the whole content. A trailing newline
 * adds a blank last line, which `firstContentLine` skips like any blank.
 */
export function isUntaggedDiagram(content: string): boolean {
  const head = content.split('\n', HEAD_LINES);
  const lines = firstContentLine(head) === undefined && head.length === HEAD_LINES ? content.split('\n') : head;
  const first = firstContentLine(lines);
  return first !== undefined && untaggedDiagramKeyword(lines[first]) !== undefined;
}

/** What the preview script shows when a diagram does not draw, in the UI language (`error` has a `{0}` for mermaid's message). */
export interface OwnDiagramLabels {
  readonly noPicture: string;
  readonly error: string;
}

/**
 * Installs the plugin; `mode` is read on every render so a setting change applies on the next refresh. `labels`
 * travel on each element, since the preview script has no other way to learn the UI language.
 */
export function untaggedFencesPlugin(md: MarkdownIt, mode: () => UntaggedFenceMode, labels?: OwnDiagramLabels): void {
  md.core.ruler.push('archlens_untagged_diagrams', (state) => {
    const current = mode();
    if (current === 'off') return;
    for (const token of state.tokens) {
      if (token.type !== 'fence' || token.info.trim() !== '' || !isUntaggedDiagram(token.content)) continue;
      if (current === 'mermaid-renderer') token.info = 'mermaid';
      else token.meta = { ...(token.meta as object | null), archlensDiagram: true };
    }
  });

  const fallback = md.renderer.rules.fence ?? ((tokens, idx, options, _env, self) => self.renderToken(tokens, idx, options));
  md.renderer.rules.fence = (tokens, idx, options, env, self) => {
    const token = tokens[idx];
    if (!(token.meta as { archlensDiagram?: boolean } | null)?.archlensDiagram) return fallback(tokens, idx, options, env, self);
    // `code-line` + `data-line` keep VS Code's editor ↔ preview scroll sync working for this block. The diagram
    // text goes in escaped, as text; the preview script reads it back with textContent.
    const line = token.map ? ` data-line="${token.map[0]}"` : '';
    const text = labels
      ? ` data-archlens-no-picture="${md.utils.escapeHtml(labels.noPicture)}" data-archlens-error="${md.utils.escapeHtml(labels.error)}"`
      : '';
    return `<div class="${OWN_DIAGRAM_CLASS} code-line"${line}${text}>${md.utils.escapeHtml(token.content.replace(/\n$/, ''))}</div>\n`;
  };
}
