// What `activate` returns for VS Code's built-in Markdown preview (`extendMarkdownIt`), choosing how untagged
// diagram fences render there from the setting and from whether a Mermaid renderer is present.
import type { MarkdownIt } from 'markdown-it';
import * as vscode from 'vscode';
import { untaggedFencesPlugin, type UntaggedFenceMode } from './untagged-fences-plugin';

/** First VS Code release whose Markdown preview renders ```mermaid fences itself. */
const BUILT_IN_MERMAID_VERSION = [1, 121] as const;
/** Extensions that render ```mermaid in the Markdown preview (before it was built in). */
const MERMAID_RENDERER_EXTENSIONS = ['bierner.markdown-mermaid'];

/** The `extendMarkdownIt` hook for `activate`'s return value. */
export function markdownPreviewExtension(): { extendMarkdownIt(md: unknown): unknown } {
  return {
    extendMarkdownIt(md: unknown) {
      untaggedFencesPlugin(md as MarkdownIt, currentMode, {
        noPicture: vscode.l10n.t('mermaid produced no picture for this diagram.'),
        error: vscode.l10n.t('Mermaid error: {0}'),
      });
      return md;
    },
  };
}

function currentMode(): UntaggedFenceMode {
  if (!vscode.workspace.getConfiguration('archlens.markdownPreview').get('renderUntaggedFences', true)) return 'off';
  return hasMermaidRenderer() ? 'mermaid-renderer' : 'own';
}

function hasMermaidRenderer(): boolean {
  const [major, minor] = vscode.version.split('.').map((n) => Number.parseInt(n, 10));
  const builtIn = major > BUILT_IN_MERMAID_VERSION[0] || (major === BUILT_IN_MERMAID_VERSION[0] && minor >= BUILT_IN_MERMAID_VERSION[1]);
  return builtIn || MERMAID_RENDERER_EXTENSIONS.some((id) => vscode.extensions.getExtension(id) !== undefined);
}
