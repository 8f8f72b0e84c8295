// What both extension entries (desktop and web) do on activation: start the language client, register the
// commands and the preview. The heavy work (mermaid, parsing) happens in the language server, never here.
import * as vscode from 'vscode';
import type { BaseLanguageClient, LanguageClientOptions } from 'vscode-languageclient';
import { registerPreview } from './preview/register-preview';
import { registerClientCommands } from './client-commands';
import { documentSelector } from './document-selector';

export const CLIENT_ID = 'archlens';
export const CLIENT_NAME = 'archlens';

let running: BaseLanguageClient | undefined;

/** Starts the client made by `create` and wires everything; returns the Markdown preview's markdown-it hook. */
export async function activateClient(
  context: vscode.ExtensionContext,
  web: boolean,
  create: (options: LanguageClientOptions) => BaseLanguageClient,
): Promise<ReturnType<typeof registerPreview>> {
  const output = vscode.window.createOutputChannel('archlens', { log: true });
  context.subscriptions.push(output);
  const client = create({
    documentSelector: documentSelector(web),
    outputChannel: output,
    // The server pulls settings with workspace/configuration; this makes the client tell it when they change.
    synchronize: { configurationSection: 'archlens' },
  });
  running = client;
  registerClientCommands(context, client, output);
  const preview = registerPreview(context, client);
  try {
    await client.start();
  } catch (error) {
    output.error(`the language server did not start: ${error instanceof Error ? error.message : String(error)}`);
    void vscode.window.showErrorMessage('archlens: the language server did not start; see the "archlens" output. Run "Archlens: Restart Language Server" to try again.');
  }
  return preview;
}

/** Stops the client on deactivation so the server process exits with the window. */
export async function deactivateClient(): Promise<void> {
  await running?.stop();
  running = undefined;
}
