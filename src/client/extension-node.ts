// Desktop entry: the language server runs as a Node process (dist/server.js) talking over IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { activateClient, CLIENT_ID, CLIENT_NAME, deactivateClient } from './activate-client';
import { serverTranslationOptions } from './server-translations';

export function activate(context: vscode.ExtensionContext) {
  const module = context.asAbsolutePath('dist/server.js');
  return activateClient(context, false, (clientOptions) =>
    new LanguageClient(CLIENT_ID, CLIENT_NAME, {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    }, { ...clientOptions, initializationOptions: serverTranslationOptions() }),
  );
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
