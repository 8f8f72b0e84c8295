// Registrations other parts of archlens add to the language server: one import and one entry each.
// Each runs once, after the server's own features, with the full ArchlensServer: connection, open documents,
// cached parses, settings, the host's diagram validator, addDiagnostics/addCodeActions for other languages.
import type { ArchlensServer } from './archlens-server';
import { registerDiagramsRequest } from './diagrams-request';

export type ServerExtension = (server: ArchlensServer) => void;

export const SERVER_EXTENSIONS: readonly ServerExtension[] = [
  // The preview's `archlens/documentDiagrams` request (ArchlensServer is its DiagramsSource).
  (server) => registerDiagramsRequest(server.connection, server),
];
