// One preview panel: which document it shows, the latest diagram list from the server, and the conversation
// with its webview (updates out; clicks, exports and problems in).
import * as vscode from 'vscode';
import type { HostMessage, PreviewDiagram, WebviewMessage } from '../../webview/protocol';
import { fetchDiagramList, type HeldList } from './diagram-list-pages';
import type { DiagramsRequester } from './diagrams-client';
import { createNonce, previewHtml } from './preview-html';
import { copySvg, saveExport } from './save-export';

export const PREVIEW_VIEW_TYPE = 'archlens.diagramPreview';

/** Webview options: scripts on, and only dist/ and media/ readable. */
export function previewWebviewOptions(extensionUri: vscode.Uri): vscode.WebviewOptions {
  return {
    enableScripts: true,
    localResourceRoots: [vscode.Uri.joinPath(extensionUri, 'dist'), vscode.Uri.joinPath(extensionUri, 'media')],
  };
}

export class DiagramPreviewPanel implements vscode.Disposable {
  private document: vscode.Uri | undefined;
  private diagrams: readonly PreviewDiagram[] = [];
  private highlighted: number | undefined;
  private revealAfterUpdate: number | undefined;
  /** The refresh under way, if any; edits meanwhile only set `stale`. */
  private refreshing: Promise<void> | undefined;
  private stale = false;
  private disposed = false;
  private requestSeq = 0;
  /** Numbers the lists posted to the webview page by page; the webview drops pages of older ones. */
  private pageSeq = 0;
  /** The last whole list, which the webview holds too: the next refresh sends only what changed since. */
  private held: { readonly refresh: number; readonly list: HeldList } | undefined;
  private readonly disposables: vscode.Disposable[] = [];

  constructor(
    readonly panel: vscode.WebviewPanel,
    extensionUri: vscode.Uri,
    private readonly client: DiagramsRequester,
    onDispose: () => void,
  ) {
    const webview = panel.webview;
    webview.options = previewWebviewOptions(extensionUri);
    webview.html = previewHtml({
      cspSource: webview.cspSource,
      scriptUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'dist', 'webview.js')).toString(),
      styleUri: webview.asWebviewUri(vscode.Uri.joinPath(extensionUri, 'media', 'preview.css')).toString(),
      nonce: createNonce(),
      l10n: vscode.l10n.bundle,
    });
    this.disposables.push(
      // A failed reveal or save (note deleted, dialog refused) is logged; it must never surface as an unhandled error.
      webview.onDidReceiveMessage((m: WebviewMessage) => this.onMessage(m).catch((error) => console.warn(`archlens: the preview's ${m.type} request failed:`, error))),
      panel.onDidDispose(() => {
        this.dispose();
        onDispose();
      }),
    );
  }

  /** The document on display. */
  get uri(): vscode.Uri | undefined {
    return this.document;
  }

  /** Shows `document` (if not already) and, if given, scrolls to and highlights diagram `reveal`. */
  show(document: vscode.Uri, reveal?: number): void {
    const changed = document.toString() !== this.document?.toString();
    this.document = document;
    this.panel.title = vscode.l10n.t('Diagrams: {0}', basename(document));
    if (reveal !== undefined) this.revealAfterUpdate = reveal;
    if (changed) {
      this.diagrams = [];
      this.held = undefined;
      this.highlighted = undefined;
    }
    void this.refresh();
  }

  /**
   * Refresh after an edit, with no fixed delay: the first keystroke after a pause is sent at once (what the user
   * sees first is the picture of what they just typed), and keystrokes that land while a refresh is under way are
   * gathered into one refresh as soon as it finishes. At most one diagram request is ever in flight, and the
   * webview skips drawing texts that were already typed over.
   */
  scheduleRefresh(): void {
    if (this.disposed) return;
    if (this.refreshing) {
      this.stale = true;
      return;
    }
    this.refreshing = this.refresh().finally(() => {
      this.refreshing = undefined;
      if (this.stale) {
        this.stale = false;
        this.scheduleRefresh();
      }
    });
  }

  /** Highlights the diagram under the editor's cursor (and scrolls to it); clears when outside any. */
  followCursor(line: number): void {
    const index = this.diagrams.find((d) => line >= d.range.start.line && line <= d.range.end.line)?.index;
    if (index === this.highlighted) return;
    this.highlighted = index;
    this.post({ type: 'reveal', index, scroll: index !== undefined });
  }

  /**
   * Asks the server for the diagrams and sends them to the webview; never throws. The server answers at once, with
   * diagrams it is still checking marked `pending`; then one follow-up request waits for their verdicts and sends
   * the error cards. The follow-up is outside the one-request-in-flight gate (edits must not wait for mermaid) and
   * is dropped if any newer refresh started meanwhile.
   *
   * The list comes page by page, each page forwarded to the webview as it arrives (no extension-host task handles
   * more than one page), and only with what changed since the list held: the webview shows the list once whole.
   */
  private async refresh(settled = false): Promise<void> {
    const uri = this.document;
    if (!uri || this.disposed) return;
    const seq = ++this.requestSeq;
    const held = this.held;
    const title = basename(uri);
    let refresh = 0;
    let list: HeldList | undefined;
    try {
      const document = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString()) ?? (await vscode.workspace.openTextDocument(uri));
      list = await fetchDiagramList(this.client, document, { settled, held: held?.list }, (page, first) => {
        // The panel was closed while the server answered, or a newer refresh is under way.
        if (this.disposed || seq !== this.requestSeq) return false;
        if (first) refresh = ++this.pageSeq;
        const pngBackground = vscode.workspace.getConfiguration('archlens.preview', uri).get<'theme' | 'transparent'>('pngBackground', 'theme');
        const { onHeld, ...slice } = page;
        this.post({ type: 'page', uri: uri.toString(), title, options: { pngBackground }, refresh, base: onHeld ? held?.refresh : undefined, ...slice });
        return true;
      });
    } catch (error) {
      // The server is starting or restarting, or the note is gone: keep the pictures on screen; the next edit or
      // focus retries.
      console.warn(`archlens: could not list the diagrams of ${uri.toString()}:`, error);
      return;
    }
    if (!list || this.disposed || seq !== this.requestSeq) return;
    this.held = { refresh, list };
    const diagrams = list.diagrams;
    this.diagrams = diagrams;
    if (this.revealAfterUpdate !== undefined) {
      this.highlighted = this.revealAfterUpdate;
      this.post({ type: 'reveal', index: this.revealAfterUpdate, scroll: true });
      this.revealAfterUpdate = undefined;
    }
    if (!settled && diagrams.some((d) => d.pending)) void this.refresh(true);
  }

  private async onMessage(message: WebviewMessage): Promise<void> {
    const uri = this.document;
    switch (message.type) {
      case 'ready':
      case 'resync':
        // A fresh or reloaded webview (or one that lost track): (re)send everything.
        this.held = undefined;
        if (uri) void this.refresh();
        return;
      case 'reveal-source':
        if (uri) {
          this.highlighted = message.index;
          await revealLine(uri, message.line);
        }
        return;
      case 'save':
        if (uri) await saveExport(uri, this.diagrams, message.index, message.format, message.data);
        return;
      case 'copy-svg':
        await copySvg(message.svg);
        return;
      case 'problem':
        void vscode.window.showWarningMessage(message.message);
        return;
      case 'rendered':
        return;
    }
  }

  /** Sends to the webview unless it is gone: VS Code throws on posting to a disposed webview. */
  private post(message: HostMessage): void {
    if (this.disposed) return;
    try {
      this.panel.webview.postMessage(message).then(undefined, () => undefined);
    } catch {
      // Disposed between the check and the call (the panel is closing): nothing left to update.
    }
  }

  dispose(): void {
    this.disposed = true;
    for (const d of this.disposables.splice(0)) d.dispose();
  }
}

/** Opens the note at `line` in the editor column that already shows it (or the first), cursor at the start. */
async function revealLine(uri: vscode.Uri, line: number): Promise<void> {
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.uri.toString() === uri.toString());
  const position = new vscode.Position(line, 0);
  const document = visible?.document ?? (await vscode.workspace.openTextDocument(uri));
  const editor = await vscode.window.showTextDocument(document, {
    viewColumn: visible?.viewColumn ?? vscode.ViewColumn.One,
    selection: new vscode.Range(position, position),
    preserveFocus: false,
  });
  editor.revealRange(new vscode.Range(position, position), vscode.TextEditorRevealType.InCenterIfOutsideViewport);
}

function basename(uri: vscode.Uri): string {
  return uri.path.split('/').pop() ?? uri.path;
}
