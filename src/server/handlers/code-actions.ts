import * as l10n from '../../core/l10n/translations';
import type { CodeAction, CodeActionParams } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import { codeActions } from '../../core/features/code-actions';
import { tagAllAction } from '../../core/features/tag-fence-actions';
import { DIAGRAM_LANGUAGES, type ArchlensServer, type CodeActionProvider } from '../archlens-server';
import { toCodeAction } from '../lsp-convert';

/** The server command behind "Archlens: Tag All Diagram Fences in This File"; argument: the document URI. */
export const TAG_ALL_FENCES_COMMAND = 'archlens.server.tagAllFences';

/**
 * The one codeAction handler, answering from every registered provider for the document's language (ours for
 * diagrams; the lint adapter adds its own for TypeScript/JavaScript).
 */
export function registerCodeActions(server: ArchlensServer, providers: readonly CodeActionProvider[]): void {
  server.connection.onCodeAction(async (params) => {
    const document = server.documents.get(params.textDocument.uri);
    if (!document) return [];
    const results = await Promise.all(
      providers
        .filter((p) => p.languages.includes(document.languageId))
        .map(async (p) => {
          try {
            return await p.codeActions(document, params);
          } catch (error) {
            server.connection.console.error(`archlens: code actions for ${document.uri} failed: ${error instanceof Error ? error.message : String(error)}`);
            return [];
          }
        }),
    );
    return results.flat();
  });
}

/** `archlens.server.tagAllFences`: applies the tag-all edit to the document (the client's palette command). */
export function registerTagAllCommand(server: ArchlensServer): void {
  server.connection.onExecuteCommand(async (params) => {
    if (params.command !== TAG_ALL_FENCES_COMMAND) return null;
    const uri = String(params.arguments?.[0] ?? '');
    const document = server.documents.get(uri);
    const doc = document && (await server.parsed(document));
    const action = doc && tagAllAction(doc);
    if (!action) {
      void server.connection.window.showInformationMessage(l10n.t('archlens: this file has no untagged diagram fences to tag.'));
      return null;
    }
    await server.connection.workspace.applyEdit({ label: action.title, edit: { changes: { [uri]: [...action.edits] } } });
    return null;
  });
}

/** Our own provider: fence tagging, note-text moving, block closing, declaring participants. */
export function diagramCodeActions(server: ArchlensServer): CodeActionProvider {
  return {
    languages: DIAGRAM_LANGUAGES,
    async codeActions(document: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
      const doc = await server.parsed(document);
      if (!doc) return [];
      return codeActions(doc, params.range).map((entry) => toCodeAction(entry, document.uri, params.context.diagnostics));
    },
  };
}
