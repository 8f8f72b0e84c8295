// Document symbols (the outline) and folding ranges.
import { documentSymbols } from '../../core/features/document-symbols';
import { foldingRanges } from '../../core/features/folding-ranges';
import type { ArchlensServer } from '../archlens-server';
import { toDocumentSymbol } from '../lsp-convert';
import { withParsed } from './with-parsed';

export function registerDocumentSymbols(server: ArchlensServer): void {
  server.connection.onDocumentSymbol((params) =>
    withParsed(server, params.textDocument.uri, (doc) => documentSymbols(doc).map(toDocumentSymbol), []),
  );
}

export function registerFoldingRanges(server: ArchlensServer): void {
  server.connection.onFoldingRanges((params) =>
    withParsed(server, params.textDocument.uri, (doc) => foldingRanges(doc).map((r) => ({ ...r, kind: 'region' })), []),
  );
}
