// Registrations other parts of archlens add to the language server: one import and one entry each.
// Each runs once, after the server's own features, with the full ArchlensServer: connection, open documents,
// cached parses, settings, the host's diagram validator, addDiagnostics/addCodeActions for other languages.
// vscode-languageserver keeps ONE handler per LSP method: an extension must not call connection.onCodeAction,
// onCompletion, onInitialized, onDidChangeConfiguration… (it would replace ours). Use addDiagnostics /
// addCodeActions; settings changes already re-run every diagnostics provider. Custom methods (onRequest with
// an `archlens/…` name) are fine.
import type { ArchlensServer } from './archlens-server';
import { registerDiagramsRequest } from './diagrams-request';

export type ServerExtension = (server: ArchlensServer) => void;

export const SERVER_EXTENSIONS: readonly ServerExtension[] = [
  // The preview's `archlens/documentDiagrams` request (ArchlensServer is its DiagramsSource).
  (server) => registerDiagramsRequest(server.connection, server),
];
