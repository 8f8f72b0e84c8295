import type { TextDocument } from 'vscode-languageserver-textdocument';
import { findingKey, type SuggestedFinding } from '../../core/lint/deferred-suggestions';

/** A finding the editor shows, asked for by its key (findingKey). */
export interface WantedFinding {
  readonly ruleId: string;
  readonly key: string;
}

/** Computes the wanted findings in the document's current text, with suggestions (one lint run in the worker). */
export type ComputeSuggestions = (document: TextDocument, ruleIds: readonly string[], keys: readonly string[]) => Promise<readonly SuggestedFinding[]>;

/** Findings remembered per document version before the oldest are forgotten (each holds a few small edits). */
const MAX_FINDINGS_PER_DOCUMENT = 500;

/**
 * Suggestions per document version and finding, so that the code-action requests VS Code sends on every cursor
 * move re-lint a document only for findings not asked before. Holds one version per document, at most
 * `maxDocuments` documents (the least recently asked is dropped) and MAX_FINDINGS_PER_DOCUMENT findings each; an
 * entry is a few small edits, never the document's text.
 */
export class SuggestionCache {
  private readonly byUri = new Map<string, { version: number; byKey: Map<string, Promise<SuggestedFinding | undefined>> }>();

  constructor(
    private readonly compute: ComputeSuggestions,
    private readonly maxDocuments = 8,
  ) {}

  /** The wanted findings (with suggestions) in the document at its current version, by key; absent when not found. */
  async get(document: TextDocument, wanted: readonly WantedFinding[]): Promise<Map<string, SuggestedFinding>> {
    let entry = this.byUri.get(document.uri);
    if (entry?.version !== document.version) entry = { version: document.version, byKey: new Map() };
    this.byUri.delete(document.uri); // re-inserted last: the Map's order is the recency order
    this.byUri.set(document.uri, entry);
    for (const uri of [...this.byUri.keys()].slice(0, Math.max(0, this.byUri.size - this.maxDocuments))) this.byUri.delete(uri);

    const missing = wanted.filter((w) => !entry.byKey.has(w.key));
    for (const key of [...entry.byKey.keys()].slice(0, Math.max(0, entry.byKey.size + missing.length - MAX_FINDINGS_PER_DOCUMENT))) entry.byKey.delete(key);
    if (missing.length > 0) {
      const run = this.compute(document, [...new Set(missing.map((w) => w.ruleId))], missing.map((w) => w.key));
      for (const { key } of missing) {
        const one = run.then((all) => all.find((f) => findingKey(f.ruleId, f.loc, f.message) === key));
        entry.byKey.set(key, one);
        // A failed run is not remembered: the next request tries again.
        one.catch(() => entry.byKey.get(key) === one && entry.byKey.delete(key));
      }
    }
    const found = await Promise.all(wanted.map(async (w) => [w.key, await entry.byKey.get(w.key)] as const));
    return new Map(found.filter((f): f is readonly [string, SuggestedFinding] => f[1] !== undefined));
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }
}
