// Saves what the webview exported: a save dialog next to the note, named after the diagram's heading, written
// through `workspace.fs` (so it works for remote and virtual workspaces too).
import * as vscode from 'vscode';
import type { ExportFormat, PreviewDiagram } from '../../webview/protocol';
import { exportFileName } from './export-file-name';

/** Asks where to save diagram `index` and writes it; `data` is SVG text or base64 PNG. */
export async function saveExport(document: vscode.Uri, diagrams: readonly PreviewDiagram[], index: number, format: ExportFormat, data: string): Promise<void> {
  const noteName = document.path.split('/').pop()?.replace(/\.[^.]+$/, '') ?? 'diagram';
  const folder = vscode.Uri.joinPath(document, '..');
  const target = await vscode.window.showSaveDialog({
    defaultUri: vscode.Uri.joinPath(folder, exportFileName(diagrams, index, format, noteName)),
    filters: format === 'svg' ? { [vscode.l10n.t('SVG image')]: ['svg'] } : { [vscode.l10n.t('PNG image')]: ['png'] },
    title: format === 'svg' ? vscode.l10n.t('Save Diagram as SVG') : vscode.l10n.t('Save Diagram as PNG'),
  });
  if (!target) return;
  const bytes = format === 'svg' ? new TextEncoder().encode(data) : Uint8Array.from(atob(data), (c) => c.charCodeAt(0));
  try {
    await vscode.workspace.fs.writeFile(target, bytes);
  } catch (error) {
    void vscode.window.showErrorMessage(vscode.l10n.t('Could not save the diagram to {0}: {1}. Choose another folder and try again.', target.fsPath, error instanceof Error ? error.message : String(error)));
    return;
  }
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Saved {0}', target.path.split('/').pop() ?? ''), 3000);
}

/** Puts the diagram's SVG markup on the clipboard. */
export async function copySvg(svg: string): Promise<void> {
  await vscode.env.clipboard.writeText(svg);
  void vscode.window.setStatusBarMessage(vscode.l10n.t('Copied the diagram as SVG'), 3000);
}
