import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

export const RESTART_SERVER_COMMAND = 'archlens.restartServer';
export const TAG_ALL_FENCES_COMMAND = 'archlens.tagAllFences';
/** The server-side command that computes and applies the tag-all edit (src/server/handlers/code-actions.ts). */
const SERVER_TAG_ALL_FENCES = 'archlens.server.tagAllFences';

/** The palette commands: restart the language server; tag every untagged diagram fence of the active note. */
export function registerClientCommands(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      output.info('restarting the language server');
      // stop + start rather than restart(): the web client has no restart, and both start a fresh server.
      if (client.isRunning()) await client.stop();
      await client.start();
    }),
    vscode.commands.registerCommand(TAG_ALL_FENCES_COMMAND, async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) {
        void vscode.window.showInformationMessage('archlens: open a Markdown note to tag its diagram fences.');
        return;
      }
      await client.sendRequest('workspace/executeCommand', { command: SERVER_TAG_ALL_FENCES, arguments: [target.toString()] });
    }),
  );
}
