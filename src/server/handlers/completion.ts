import { completions } from '../../core/features/completion';
import type { ArchlensServer } from '../archlens-server';
import { toCompletionItem } from '../lsp-convert';
import { withParsed } from './with-parsed';

/** Characters after which VS Code should ask for completion without a word typed (arrows, `Note over A,`). */
export const COMPLETION_TRIGGERS = ['>', '-', ' ', ','];

export function registerCompletion(server: ArchlensServer): void {
  server.connection.onCompletion((params) =>
    withParsed(server, params.textDocument.uri, (doc) => completions(doc, params.position).map(toCompletionItem), []),
  );
}
