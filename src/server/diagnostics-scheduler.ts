import type { Connection, Diagnostic, TextDocuments } from 'vscode-languageserver';
import type { TextDocument } from 'vscode-languageserver-textdocument';
import type { DiagnosticsProvider } from './archlens-server';

/** How long typing must pause before a document is checked again. */
export const DIAGNOSTICS_DELAY_MS = 200;

/**
 * Runs the diagnostics providers for a document after a pause in typing, and publishes the result only if the
 * document is still open at the version that was checked (a slow mermaid check never overwrites newer results).
 */
export class DiagnosticsScheduler {
  private readonly providers: DiagnosticsProvider[] = [];
  private readonly timers = new Map<string, ReturnType<typeof setTimeout>>();

  constructor(
    private readonly connection: Connection,
    private readonly documents: TextDocuments<TextDocument>,
    private readonly delayMs = DIAGNOSTICS_DELAY_MS,
  ) {}

  add(provider: DiagnosticsProvider): void {
    this.providers.push(provider);
  }

  schedule(document: TextDocument): void {
    if (!this.providers.some((p) => p.languages.includes(document.languageId))) return;
    clearTimeout(this.timers.get(document.uri));
    this.timers.set(document.uri, setTimeout(() => void this.run(document.uri), this.delayMs));
  }

  /** Forgets a closed document and clears its diagnostics in the editor. */
  close(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
    void this.connection.sendDiagnostics({ uri, diagnostics: [] });
  }

  private async run(uri: string): Promise<void> {
    this.timers.delete(uri);
    const document = this.documents.get(uri);
    if (!document) return;
    const version = document.version;
    const stale = () => this.documents.get(uri)?.version !== version;
    const results = await Promise.all(
      this.providers
        .filter((p) => p.languages.includes(document.languageId))
        .map(async (p): Promise<Diagnostic[]> => {
          try {
            return await p.diagnose(document, stale);
          } catch (error) {
            this.connection.console.error(`archlens: checking ${uri} failed: ${error instanceof Error ? error.stack ?? error.message : String(error)}`);
            return [];
          }
        }),
    );
    if (stale()) return; // a newer version is scheduled already
    await this.connection.sendDiagnostics({ uri, version, diagnostics: results.flat() });
  }
}
