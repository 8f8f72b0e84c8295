// Wires the diagram preview into the extension: commands, the CodeLens, the reload serializer and the
// built-in Markdown preview plugin. The language client calls this once from `activate`.
import * as vscode from 'vscode';
import { DiagramCodeLensProvider, PREVIEW_DIAGRAM_COMMAND } from './diagram-code-lens';
import type { DiagramsRequester } from './diagrams-client';
import { PREVIEW_VIEW_TYPE } from './diagram-preview-panel';
import { markdownPreviewExtension } from './markdown-preview-extension';
import { PreviewManager } from './preview-manager';

export const OPEN_PREVIEW_COMMAND = 'archlens.openPreview';
export const OPEN_PREVIEW_TO_SIDE_COMMAND = 'archlens.openPreviewToSide';

const DIAGRAM_DOCUMENTS: vscode.DocumentSelector = [{ language: 'markdown' }, { language: 'mermaid' }];

/** Registers everything the preview needs; returns what `activate` must return for the Markdown preview. */
export function registerPreview(context: vscode.ExtensionContext, client: DiagramsRequester): { extendMarkdownIt(md: unknown): unknown } {
  const manager = new PreviewManager(context.extensionUri, client);
  const lenses = new DiagramCodeLensProvider(client);
  context.subscriptions.push(
    manager,
    vscode.window.registerWebviewPanelSerializer(PREVIEW_VIEW_TYPE, manager),
    vscode.commands.registerCommand(OPEN_PREVIEW_COMMAND, (uri?: vscode.Uri) => manager.open(asUri(uri), vscode.ViewColumn.Active)),
    vscode.commands.registerCommand(OPEN_PREVIEW_TO_SIDE_COMMAND, (uri?: vscode.Uri) => manager.open(asUri(uri), vscode.ViewColumn.Beside)),
    vscode.commands.registerCommand(PREVIEW_DIAGRAM_COMMAND, (uri: string, index: number) => manager.open(vscode.Uri.parse(uri), vscode.ViewColumn.Beside, index)),
    vscode.languages.registerCodeLensProvider(DIAGRAM_DOCUMENTS, lenses),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('archlens.preview.codeLens') || e.affectsConfiguration('archlens.largeNote.maxSize')) lenses.refresh();
      // The Markdown preview caches rendered HTML: re-render it when our plugin's setting changes.
      if (e.affectsConfiguration('archlens.markdownPreview')) void vscode.commands.executeCommand('markdown.preview.refresh');
    }),
  );
  return markdownPreviewExtension();
}

/** Commands from the editor title or explorer get a Uri; from the palette, nothing. */
function asUri(value: unknown): vscode.Uri | undefined {
  return value instanceof vscode.Uri ? value : undefined;
}
