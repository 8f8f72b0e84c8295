// Web entry (vscode.dev, github.dev): the language server runs in a web worker (dist/web/server.js).
import * as vscode from 'vscode';
import { LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, CLIENT_ID, CLIENT_NAME, deactivateClient } from './activate-client';

export function activate(context: vscode.ExtensionContext) {
  const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  return activateClient(context, true, (clientOptions) =>
    // A factory, so a restart gets a fresh worker.
    new LanguageClient(CLIENT_ID, CLIENT_NAME, async () => new Worker(serverUri.toString(true)), clientOptions),
  );
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
