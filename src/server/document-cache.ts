import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, type ParsedDocument } from '../core/features/parsed-document';

/**
 * Each open document's diagrams, found and parsed once per version (and per `untaggedFences` setting), so
 * diagnostics, every feature request and the preview share one parse.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; untagged: boolean; parsed: ParsedDocument }>();

  get(document: TextDocument, untagged: boolean): ParsedDocument {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.untagged === untagged) return entry.parsed;
    const languageId = document.languageId === 'mermaid' ? 'mermaid' : 'markdown';
    const parsed = parseDocument(document.getText(), { languageId, untagged });
    this.entries.set(document.uri, { version: document.version, untagged, parsed });
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
  }
}
