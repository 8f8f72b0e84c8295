import type { ParsedDocument } from '../../core/features/parsed-document';
import type { ArchlensServer } from '../archlens-server';

/**
 * Runs a feature on the cached parse of an open Markdown/Mermaid document; answers `empty` for other documents,
 * unknown documents, or when the feature throws (a failed hover must never surface as an error popup).
 */
export async function withParsed<T, E>(server: ArchlensServer, uri: string, feature: (doc: ParsedDocument) => T, empty: E): Promise<T | E> {
  const document = server.documents.get(uri);
  if (!document) return empty;
  const doc = await server.parsed(document);
  if (!doc) return empty;
  try {
    return feature(doc);
  } catch (error) {
    server.connection.console.error(`archlens: a request on ${uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
    return empty;
  }
}
