// What both extension entries (desktop and web) do on activation: start the language client, register the
// commands and the preview. The heavy work (mermaid, parsing) happens in the language server, never here.
import * as vscode from 'vscode';
import { State, type BaseLanguageClient, type LanguageClientOptions } from 'vscode-languageclient';
import { registerPreview } from './preview/register-preview';
import { registerClientCommands } from './client-commands';
import type { DiagramDocumentsOption } from '../server/diagram-documents-option';
import { diagramDocumentSelector, documentSelector } from './document-selector';
import { serverTranslationOptions } from './server-translations';
import { serverCrashPolicy } from './server-crash-policy';

export const CLIENT_ID = 'archlens';
export const CLIENT_NAME = 'archlens';

let running: BaseLanguageClient | undefined;

/**
 * Wires everything and starts the client made by `create` without waiting for it; returns the Markdown preview's
 * markdown-it hook. Activation returns at once: the server takes seconds to load mermaid, and VS Code holds the
 * Markdown preview and other extensions' activation until `activate` settles. Whatever needs the server waits
 * for it: `sendRequest` awaits the running start, and diagnostics arrive when the server publishes them.
 */
export function activateClient(
  context: vscode.ExtensionContext,
  web: boolean,
  create: (options: LanguageClientOptions) => BaseLanguageClient,
): ReturnType<typeof registerPreview> {
  const output = vscode.window.createOutputChannel('archlens', { log: true });
  context.subscriptions.push(output);
  const crashPolicy = serverCrashPolicy(output);
  const client = create({
    documentSelector: documentSelector(web),
    initializationOptions: {
      ...serverTranslationOptions(),
      // Completion, hover, outline and the like are registered by the server for these only, not for linted TS/JS.
      diagramDocuments: diagramDocumentSelector(web),
    } satisfies DiagramDocumentsOption,
    outputChannel: output,
    // The server pulls settings with workspace/configuration; this makes the client tell it when they change.
    synchronize: { configurationSection: 'archlens' },
    errorHandler: crashPolicy,
  });
  running = client;
  context.subscriptions.push(client.onDidChangeState((e) => { if (e.newState === State.Running) crashPolicy.serverRunning(); }));
  registerClientCommands(context, client, output);
  const preview = registerPreview(context, client);
  client.start().catch((error: unknown) => {
    output.error(vscode.l10n.t('the language server did not start: {0}', error instanceof Error ? error.message : String(error)));
    void vscode.window.showErrorMessage(vscode.l10n.t('archlens: the language server did not start, so diagnostics and the diagram preview are off. See the "archlens" output, then run "Archlens: Restart Language Server".'));
  });
  return preview;
}

/** Stops the client on deactivation so the server process exits with the window. */
export async function deactivateClient(): Promise<void> {
  const client = running;
  running = undefined;
  // A client still starting cannot be stopped (the library throws): let the start finish first.
  if (client?.state === State.Starting) await client.start().catch(() => undefined);
  if (client?.isRunning()) await client.stop();
}
