// Owns the single diagram preview: opens it (or brings it back after a reload), makes it follow the active
// editor, refreshes it as the note changes and tells it where the cursor is.
import * as vscode from 'vscode';
import type { PreviewState } from '../../webview/protocol';
import { isDiagramDocument, type DiagramsRequester } from './diagrams-client';
import { DiagramPreviewPanel, PREVIEW_VIEW_TYPE, previewWebviewOptions } from './diagram-preview-panel';
import { changesPreview } from './preview-settings';

export class PreviewManager implements vscode.Disposable, vscode.WebviewPanelSerializer<PreviewState> {
  private preview: DiagramPreviewPanel | undefined;
  private readonly disposables: vscode.Disposable[];

  constructor(private readonly extensionUri: vscode.Uri, private readonly client: DiagramsRequester) {
    this.disposables = [
      vscode.window.onDidChangeActiveTextEditor((editor) => {
        if (editor && isDiagramDocument(editor.document)) this.preview?.show(editor.document.uri);
      }),
      vscode.workspace.onDidChangeTextDocument((e) => {
        if (e.contentChanges.length && this.shows(e.document.uri)) this.preview?.scheduleRefresh();
      }),
      vscode.window.onDidChangeTextEditorSelection((e) => {
        if (this.shows(e.textEditor.document.uri)) this.preview?.followCursor(e.selections[0].active.line);
      }),
      vscode.workspace.onDidChangeConfiguration((e) => {
        if (changesPreview(e) && this.preview?.uri) this.preview.show(this.preview.uri);
      }),
    ];
  }

  /** Opens the preview for `uri` (default: the active editor's note) in `column`, optionally at diagram `reveal`. */
  async open(uri: vscode.Uri | undefined, column: vscode.ViewColumn, reveal?: number): Promise<void> {
    const target = uri ?? activeDiagramDocument();
    if (!target) {
      void vscode.window.showInformationMessage(vscode.l10n.t('Open a Markdown note or a .mmd file first, then run "Archlens: Open Diagram Preview".'));
      return;
    }
    if (this.preview) {
      this.preview.panel.reveal(column, true);
    } else {
      const panel = vscode.window.createWebviewPanel(PREVIEW_VIEW_TYPE, vscode.l10n.t('Diagrams'), { viewColumn: column, preserveFocus: true }, previewWebviewOptions(this.extensionUri));
      this.adopt(panel);
    }
    this.preview!.show(target, reveal);
  }

  /** Brings a preview back after a window reload (`WebviewPanelSerializer`). */
  async deserializeWebviewPanel(panel: vscode.WebviewPanel, state: PreviewState | undefined): Promise<void> {
    this.preview?.panel.dispose();
    this.adopt(panel);
    const uri = state?.uri ? vscode.Uri.parse(state.uri) : activeDiagramDocument();
    if (uri) this.preview!.show(uri);
  }

  private adopt(panel: vscode.WebviewPanel): void {
    const preview = new DiagramPreviewPanel(panel, this.extensionUri, this.client, () => {
      if (this.preview === preview) this.preview = undefined;
    });
    this.preview = preview;
  }

  private shows(uri: vscode.Uri): boolean {
    return this.preview?.uri?.toString() === uri.toString();
  }

  dispose(): void {
    this.preview?.panel.dispose();
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

function activeDiagramDocument(): vscode.Uri | undefined {
  const document = vscode.window.activeTextEditor?.document;
  return document && isDiagramDocument(document) ? document.uri : undefined;
}
