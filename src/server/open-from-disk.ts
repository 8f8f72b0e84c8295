// The server's side of `archlens/openFromDisk` (see open-from-disk-protocol.ts): reads the file, and opens the
// document with that text only if its digest is the editor's. Node only: a browser worker has no files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as l10n from '../core/l10n/translations';
import { shownSize } from '../core/markdown/large-note';
import type { ArchlensServer } from './archlens-server';
import { OPEN_FROM_DISK_METHOD, type OpenFromDiskParams, type OpenFromDiskResult } from './open-from-disk-protocol';

/** Registers the request. `read` is the file reader (a test double may count or fail reads). */
export function registerOpenFromDisk(server: ArchlensServer, read: (path: string) => string = (path) => readFileSync(path, 'utf8')): void {
  // Synchronous on purpose: JSON-RPC runs handlers in arrival order, so the didChange notifications the client
  // sends after this request find the document already open (an async read would let them arrive first and be
  // dropped as changes to an unknown document).
  server.connection.onRequest(OPEN_FROM_DISK_METHOD, (params: OpenFromDiskParams): OpenFromDiskResult => {
    const text = textOnDisk(params.textDocument.uri, params.sha1, read);
    if (text === undefined) return false;
    server.open({ textDocument: { ...params.textDocument, text } });
    // One line per large file, so "why did opening this file not stall the editor" has an answer in the output.
    server.connection.console.info(l10n.t('archlens: {0} ({1}) was read from disk by the language server rather than sent through the editor.', params.textDocument.uri, shownSize(text)));
    return true;
  });
}

/** The file's text if its SHA-1 is `sha1`, else undefined (not a file, unreadable, changed, other encoding). */
function textOnDisk(uri: string, sha1: string, read: (path: string) => string): string | undefined {
  let raw: string;
  try {
    raw = read(fileURLToPath(uri));
  } catch {
    return undefined; // not a file: URI, gone, or unreadable: the client sends the text instead
  }
  // VS Code drops a UTF-8 byte-order mark from the editor's text; Node keeps it.
  const candidates = raw.charCodeAt(0) === 0xfeff ? [raw.slice(1), raw] : [raw];
  return candidates.find((text) => createHash('sha1').update(text, 'utf8').digest('hex') === sha1);
}
