import type { TextDocument } from 'vscode-languageserver-textdocument';
import { parseDocument, type ParsedDocument } from '../core/features/parsed-document';
import { DiagramFinder } from '../core/markdown/diagram-finder';
import { LineDocument } from './line-document';

/**
 * Each open document's diagrams, found and parsed once per version (and per `untaggedFences` setting), so
 * diagnostics, every feature request and the preview share one parse.
 */
export class DocumentCache {
  private readonly entries = new Map<string, { version: number; untagged: boolean; parsed: ParsedDocument }>();
  /** Per document, the finder that saw its previous version: an edit re-reads only the Markdown around it. */
  private readonly finders = new Map<string, DiagramFinder>();

  get(document: TextDocument, untagged: boolean): ParsedDocument {
    const entry = this.entries.get(document.uri);
    if (entry && entry.version === document.version && entry.untagged === untagged) return entry.parsed;
    const languageId = document.languageId === 'mermaid' ? 'mermaid' : 'markdown';
    let finder = this.finders.get(document.uri);
    if (!finder) this.finders.set(document.uri, (finder = new DiagramFinder()));
    // A LineDocument's edit is found by its lines' references, and its text joined only if a feature reads it.
    const parsed = parseDocument(document instanceof LineDocument ? document.snapshot() : document.getText(), { languageId, untagged }, finder);
    this.entries.set(document.uri, { version: document.version, untagged, parsed });
    return parsed;
  }

  delete(uri: string): void {
    this.entries.delete(uri);
    this.finders.delete(uri);
  }
}
