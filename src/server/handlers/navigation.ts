// Hover, go to definition, find references and rename of sequence-diagram participants.
import { ResponseError, ErrorCodes } from 'vscode-languageserver';
import { definition } from '../../core/features/go-to-definition';
import { references } from '../../core/features/find-references';
import { hover } from '../../core/features/hover';
import { prepareRename, renameParticipant } from '../../core/features/rename-participant';
import type { ArchlensServer } from '../archlens-server';
import { withParsed } from './with-parsed';

export function registerHover(server: ArchlensServer): void {
  server.connection.onHover((params) =>
    withParsed(server, params.textDocument.uri, (doc) => {
      const result = hover(doc, params.position);
      return result ? { range: result.range, contents: { kind: 'markdown', value: result.markdown } } : null;
    }, null),
  );
}

export function registerDefinition(server: ArchlensServer): void {
  server.connection.onDefinition((params) =>
    withParsed(server, params.textDocument.uri, (doc) => {
      const range = definition(doc, params.position);
      return range ? { uri: params.textDocument.uri, range } : null;
    }, null),
  );
}

export function registerReferences(server: ArchlensServer): void {
  server.connection.onReferences((params) =>
    withParsed(server, params.textDocument.uri, (doc) =>
      references(doc, params.position, params.context.includeDeclaration).map((range) => ({ uri: params.textDocument.uri, range })), []),
  );
}

export function registerRename(server: ArchlensServer): void {
  server.connection.onPrepareRename((params) =>
    withParsed(server, params.textDocument.uri, (doc) => prepareRename(doc, params.position) ?? null, null),
  );
  server.connection.onRenameRequest((params) =>
    withParsed(server, params.textDocument.uri, (doc) => {
      const result = renameParticipant(doc, params.position, params.newName);
      // The error text reaches the user in VS Code's rename box, so it says what to do.
      if ('error' in result) return new ResponseError(ErrorCodes.InvalidRequest, result.error);
      return { changes: { [params.textDocument.uri]: result.edits } };
    }, null),
  );
}
