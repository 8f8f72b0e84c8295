// Document symbols (the outline) and folding ranges; none for notes over archlens.largeNote.maxSize.
import { documentSymbols } from '../../core/features/document-symbols';
import { foldingRanges } from '../../core/features/folding-ranges';
import type { ArchlensServer } from '../archlens-server';
import { toDocumentSymbol } from '../lsp-convert';
import { largeNoteGate } from './large-note-gate';
import { withParsed } from './with-parsed';

export function registerDocumentSymbols(server: ArchlensServer, allowed = largeNoteGate(server)): void {
  server.connection.onDocumentSymbol(async (params) => {
    const document = server.documents.get(params.textDocument.uri);
    if (document && !(await allowed(document))) return [];
    return withParsed(server, params.textDocument.uri, (doc) => documentSymbols(doc).map(toDocumentSymbol), []);
  });
}

export function registerFoldingRanges(server: ArchlensServer, allowed = largeNoteGate(server)): void {
  server.connection.onFoldingRanges(async (params) => {
    const document = server.documents.get(params.textDocument.uri);
    if (document && !(await allowed(document))) return [];
    return withParsed(server, params.textDocument.uri, (doc) => foldingRanges(doc).map((r) => ({ ...r, kind: 'region' })), []);
  });
}
