// didOpen middleware of the desktop client: a large file that is saved on disk is opened on the server by digest
// (`archlens/openFromDisk`) instead of by sending its text; see src/server/open-from-disk-protocol.ts for why.
// The digest is taken line by line in slices of a few milliseconds, so no single task of the extension host
// holds the 10 MB string that `getText()` would build.
import { createHash } from 'node:crypto';
import * as vscode from 'vscode';
import type { Middleware } from 'vscode-languageclient';
import { OPEN_FROM_DISK_MIN_LENGTH, type OpenFromDiskParams } from '../server/open-from-disk-protocol';

/** How long one slice of hashing may hold the extension host before it lets other work run. */
const SLICE_MS = 8;

/** What the digest reads of a document: VS Code's TextDocument, or a test double of one. */
export type LinesOf = Pick<vscode.TextDocument, 'lineCount' | 'lineAt' | 'eol' | 'version'>;

/**
 * The didOpen middleware. `ask` sends `archlens/openFromDisk`; when it answers false (the file differs from the
 * editor, or cannot be read), or the document changed meanwhile, the document is sent the usual way by `next`.
 */
export function openFromDiskMiddleware(ask: (params: OpenFromDiskParams) => Promise<boolean>): NonNullable<Middleware['didOpen']> {
  return async (document, next) => {
    if (!worthOpeningFromDisk(document)) return next(document);
    const version = document.version;
    const sha1 = await digestOfLines(document);
    // Closed while hashing: the client has already told the server, which never had it; nothing to open.
    if (document.isClosed) return;
    if (sha1 !== undefined && document.version === version) {
      const params = { textDocument: { uri: document.uri.toString(), languageId: document.languageId, version }, sha1 };
      const opened = await ask(params).catch(() => false);
      if (opened || document.isClosed) return;
    }
    // Edits made meanwhile went to a server that did not have the document yet: the full text catches it up.
    return next(document);
  };
}

/** Saved files large enough that sending their text would hold the extension host for long. */
function worthOpeningFromDisk(document: vscode.TextDocument): boolean {
  if (document.uri.scheme !== 'file' || document.isDirty || document.lineCount === 0) return false;
  // The length without copying the text: the offset of the last line's end.
  return document.offsetAt(document.lineAt(document.lineCount - 1).range.end) >= OPEN_FROM_DISK_MIN_LENGTH;
}

/**
 * SHA-1 (hex) of the document's text as UTF-8, read line by line: the same bytes as `getText()` (VS Code joins a
 * document's lines with its one EOL). Undefined if the document changed while it was being read.
 */
export async function digestOfLines(document: LinesOf, pause: () => Promise<void> = nextMacrotask): Promise<string | undefined> {
  const { version, lineCount } = document;
  const eol = document.eol === vscode.EndOfLine.CRLF ? '\r\n' : '\n';
  const hash = createHash('sha1');
  let sliceStart = performance.now();
  for (let line = 0; line < lineCount; ) {
    if (performance.now() - sliceStart > SLICE_MS) {
      await pause();
      if (document.version !== version) return undefined;
      sliceStart = performance.now();
    }
    // Lines are joined in chunks of a few hundred: one hash update per line costs more than the hashing itself.
    let chunk = '';
    for (const end = Math.min(line + 512, lineCount); line < end; line++) {
      chunk += document.lineAt(line).text;
      if (line < lineCount - 1) chunk += eol;
    }
    hash.update(chunk, 'utf8');
  }
  return hash.digest('hex');
}

function nextMacrotask(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}
