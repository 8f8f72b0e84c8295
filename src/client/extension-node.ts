// The language client (dist/language-client.js), loaded by the desktop entry deferred-client.ts after activation: the
// language server runs as a Node process (dist/server.js) talking over IPC.
import * as vscode from 'vscode';
import { LanguageClient, TransportKind } from 'vscode-languageclient/node';
import { OPEN_FROM_DISK_METHOD } from '../server/open-from-disk-protocol';
import { activateClient, CLIENT_ID, CLIENT_NAME, deactivateClient } from './activate-client';
import { openFromDiskMiddleware } from './open-from-disk';

export function activate(context: vscode.ExtensionContext) {
  const module = context.asAbsolutePath('dist/server.js');
  return activateClient(context, false, (clientOptions) => {
    const client: LanguageClient = new LanguageClient(CLIENT_ID, CLIENT_NAME, {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6009'] } },
    }, {
      ...clientOptions,
      // The Node server can read files: large saved ones are opened there by digest, not sent (open-from-disk.ts).
      middleware: { didOpen: openFromDiskMiddleware((params) => client.sendRequest(OPEN_FROM_DISK_METHOD, params)) },
    });
    return client;
  });
}

export function deactivate(): Promise<void> {
  return deactivateClient();
}
