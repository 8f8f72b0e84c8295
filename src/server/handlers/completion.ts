import { completions } from '../../core/features/completion';
import type { ArchlensServer } from '../archlens-server';
import { toCompletionItem } from '../lsp-convert';
import { withParsed } from './with-parsed';

/**
 * Characters after which VS Code asks for completion without a word typed: arrows and `Note over A,`. Not space:
 * it would ask on every space of every note's prose.
 */
export const COMPLETION_TRIGGERS = ['>', '-', ','];

export function registerCompletion(server: ArchlensServer): void {
  server.connection.onCompletion((params) =>
    withParsed(server, params.textDocument.uri, (doc) => completions(doc, params.position).map(toCompletionItem), []),
  );
}
