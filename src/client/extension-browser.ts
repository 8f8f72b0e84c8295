// Web entry (vscode.dev, github.dev): the language server runs in a web worker (dist/web/server.js).
import * as vscode from 'vscode';
import { BrowserMessageReader, BrowserMessageWriter, LanguageClient } from 'vscode-languageclient/browser';
import { activateClient, CLIENT_ID, CLIENT_NAME, deactivateClient } from './activate-client';

export function activate(context: vscode.ExtensionContext) {
  const serverUri = vscode.Uri.joinPath(context.extensionUri, 'dist/web/server.js');
  return activateClient(context, true, (clientOptions) =>
    // A factory, so a restart gets a fresh worker. It returns the transports, not the Worker: the client tells the
    // two apart with `instanceof Worker`, which fails for the Worker class VS Code's web extension host provides.
    new LanguageClient(CLIENT_ID, CLIENT_NAME, async () => {
      const worker = new Worker(serverUri.toString(true));
      return { reader: new BrowserMessageReader(worker), writer: new BrowserMessageWriter(worker) };
    }, clientOptions),
  );
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
