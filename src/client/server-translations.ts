// The language server and its web worker have no `vscode.l10n`: they get the UI language's translations from the
// client at start-up, as the bundle's contents, which works the same for a Node process and a browser worker.
import * as vscode from 'vscode';

/** What the server's `initialize` request carries for its messages (read by src/server/create-server.ts). */
export interface ServerTranslationOptions {
  /** `vscode.l10n.bundle`: English message → translation; absent when VS Code runs in English. */
  readonly l10nBundle?: Readonly<Record<string, string>>;
}

/** The initialization options that make the server speak the UI's language. */
export function serverTranslationOptions(): ServerTranslationOptions {
  return { l10nBundle: vscode.l10n.bundle };
}
