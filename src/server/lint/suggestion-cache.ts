import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { SuggestedFinding } from '../../core/lint/deferred-suggestions';

type Findings = readonly SuggestedFinding[];

/** Computes every finding of `ruleIds` in the document's current text, with suggestions (one lint run). */
export type ComputeSuggestions = (document: TextDocument, ruleIds: readonly string[]) => Promise<Findings>;

/**
 * Suggestions per document version and rule, so that the code-action requests VS Code sends on every cursor move
 * re-lint a document at most once per version. Holds one version per document and at most `maxDocuments`
 * documents (the least recently asked is dropped); each entry is small (edits only, never the document's text).
 */
export class SuggestionCache {
  private readonly byUri = new Map<string, { version: number; byRule: Map<string, Promise<Findings>> }>();

  constructor(
    private readonly compute: ComputeSuggestions,
    private readonly maxDocuments = 8,
  ) {}

  /** The findings (with suggestions) of these rules in the document at its current version. */
  async get(document: TextDocument, ruleIds: readonly string[]): Promise<Findings> {
    let entry = this.byUri.get(document.uri);
    if (entry?.version !== document.version) entry = { version: document.version, byRule: new Map() };
    this.byUri.delete(document.uri); // re-inserted last: the Map's order is the recency order
    this.byUri.set(document.uri, entry);
    for (const uri of [...this.byUri.keys()].slice(0, Math.max(0, this.byUri.size - this.maxDocuments))) this.byUri.delete(uri);

    const missing = ruleIds.filter((id) => !entry.byRule.has(id));
    if (missing.length > 0) {
      const run = this.compute(document, missing);
      for (const id of missing) {
        const forRule = run.then((all) => all.filter((f) => f.ruleId === id));
        entry.byRule.set(id, forRule);
        // A failed run is not remembered: the next request tries again.
        forRule.catch(() => entry.byRule.get(id) === forRule && entry.byRule.delete(id));
      }
    }
    return (await Promise.all(ruleIds.map((id) => entry.byRule.get(id)!))).flat();
  }

  /** Forgets a closed document. */
  forget(uri: string): void {
    this.byUri.delete(uri);
  }

  /** How many documents are cached (for the bound's test). */
  get size(): number {
    return this.byUri.size;
  }
}
