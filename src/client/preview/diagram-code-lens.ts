// A "Preview" CodeLens above every diagram, from the server's diagram list, opening the preview at it.
import * as vscode from 'vscode';
import { DEFAULT_LARGE_NOTE_KB, isOverSize, sizeVerdictByLength } from '../../core/markdown/large-note';
import { requestDiagrams, type DiagramsRequester } from './diagrams-client';

export const PREVIEW_DIAGRAM_COMMAND = 'archlens.previewDiagram';

export class DiagramCodeLensProvider implements vscode.CodeLensProvider {
  private readonly changed = new vscode.EventEmitter<void>();
  readonly onDidChangeCodeLenses = this.changed.event;

  constructor(private readonly client: DiagramsRequester) {}

  /** Re-asks for lenses (after the setting changes). */
  refresh(): void {
    this.changed.fire();
  }

  async provideCodeLenses(document: vscode.TextDocument, token: vscode.CancellationToken): Promise<vscode.CodeLens[]> {
    if (!vscode.workspace.getConfiguration('archlens.preview', document.uri).get('codeLens', true)) return [];
    // A note with thousands of diagrams: thousands of lenses, and the full diagram list, block the extension host
    // for hundreds of ms on every change. Its outline and folding are skipped by the same setting.
    if (isLargeNote(document)) return [];
    try {
      const { diagrams } = await requestDiagrams(this.client, document, token);
      return diagrams.map((d) => {
        const line = d.range.start.line;
        return new vscode.CodeLens(new vscode.Range(line, 0, line, 0), {
          title: vscode.l10n.t('Preview'),
          tooltip: vscode.l10n.t('Open the diagram preview at this diagram'),
          command: PREVIEW_DIAGRAM_COMMAND,
          arguments: [document.uri.toString(), d.index],
        });
      });
    } catch {
      return []; // server not ready yet: VS Code asks again on the next change
    }
  }
}

/** Whether `document` is over `archlens.largeNote.maxSize`, without copying a huge note's text when its length decides. */
function isLargeNote(document: vscode.TextDocument): boolean {
  const maxKb = vscode.workspace.getConfiguration('archlens.largeNote', document.uri).get<number>('maxSize', DEFAULT_LARGE_NOTE_KB);
  const units = document.offsetAt(document.lineAt(document.lineCount - 1).range.end);
  return sizeVerdictByLength(units, maxKb) ?? isOverSize(document.getText(), maxKb);
}
