// Keeps the server's per-diagram editor extras (outline entries, folding ranges) off notes over archlens.largeNote.maxSize:
// VS Code's extension host converts, serializes and ships every entry to the window in one go, which blocks it
// for seconds on a note with thousands of diagrams. Says so once per note in the archlens output, and names the
// Preview CodeLens too, which the client skips by the same setting (src/client/preview/diagram-code-lens.ts).
import type { TextDocument } from 'vscode-languageserver-textdocument';
import * as l10n from '../../core/l10n/translations';
import { DEFAULT_LARGE_NOTE_KB, isOverSize, shownSize, sizeVerdictByLength } from '../../core/markdown/large-note';
import type { ArchlensServer } from '../archlens-server';

/** Answers whether a document may get outline entries and folding ranges; logs the first refusal per note. */
export function largeNoteGate(server: ArchlensServer): (document: TextDocument) => Promise<boolean> {
  const logged = new Set<string>();
  server.documents.onDidClose((e) => logged.delete(e.document.uri));
  return async (document) => {
    const maxKb = (await server.settings(document.uri)).largeNote?.maxSize ?? DEFAULT_LARGE_NOTE_KB;
    // VS Code asks for folding ranges after each keystroke: the length decides a 10 MB note without building its text.
    const units = document.offsetAt({ line: document.lineCount, character: 0 });
    if (!(sizeVerdictByLength(units, maxKb) ?? isOverSize(document.getText(), maxKb))) {
      logged.delete(document.uri);
      return true;
    }
    if (!logged.has(document.uri)) {
      logged.add(document.uri);
      server.connection.console.info(l10n.t(
        'archlens: {0} is {1}, over archlens.largeNote.maxSize ({2} KB), so its diagrams get no outline entries, folding ranges or Preview CodeLens (listing thousands at once freezes VS Code). Diagnostics, hover, completion and the preview still work. Raise that setting (0 = no limit) to get them.',
        document.uri, shownSize(document.getText()), maxKb,
      ));
    }
    return false;
  };
}
