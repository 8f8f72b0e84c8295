// `archlens/openFromDisk`: how the desktop client opens a large saved file on the server without sending its
// text. LSP's didOpen carries the whole text in one message, which the extension host builds and serialises in
// one task: about 140 ms for a 10 MB note, during which the editor cannot respond. Instead the client sends a
// digest of the editor's text; the server reads the file itself and opens the document only when the digest
// matches, so the server's text is exactly the editor's. `false` means "send the text the usual way".
// Imports nothing: the client bundles it too.

export const OPEN_FROM_DISK_METHOD = 'archlens/openFromDisk';

export interface OpenFromDiskParams {
  readonly textDocument: { readonly uri: string; readonly languageId: string; readonly version: number };
  /** SHA-1, in hex, of the editor's text encoded as UTF-8. */
  readonly sha1: string;
}

/** Whether the server opened the document from disk. */
export type OpenFromDiskResult = boolean;

/**
 * Documents shorter than this (UTF-16 units) are sent the usual way: below it, didOpen costs the extension host a
 * few milliseconds, less than hashing the lines would.
 */
export const OPEN_FROM_DISK_MIN_LENGTH = 512 * 1024;
