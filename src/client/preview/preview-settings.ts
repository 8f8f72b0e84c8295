// Which setting changes redraw the diagram preview. Re-listing a note's diagrams is cheap for a short note, but for
// one with thousands of diagrams it sends them all to the webview again, so a change to a setting the preview
// does not read (the lint rules, the built-in Markdown preview's plugin, the CodeLens) must not trigger it.
import type * as vscode from 'vscode';

/** The sections the preview depends on: which fences are diagrams (and their checks), and its own options. */
const PREVIEW_SECTIONS = ['archlens.diagnostics', 'archlens.preview.pngBackground'] as const;

export function changesPreview(event: Pick<vscode.ConfigurationChangeEvent, 'affectsConfiguration'>): boolean {
  return PREVIEW_SECTIONS.some((section) => event.affectsConfiguration(section));
}
