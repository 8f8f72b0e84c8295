import * as vscode from 'vscode';
import type { BaseLanguageClient } from 'vscode-languageclient';

import { RESTART_SERVER_COMMAND, SERVER_TAG_ALL_FENCES_COMMAND, TAG_ALL_FENCES_COMMAND } from './command-ids';

/** The palette commands: restart the language server; tag every untagged diagram fence of the active note. */
export function registerClientCommands(context: vscode.ExtensionContext, client: BaseLanguageClient, output: vscode.LogOutputChannel): void {
  context.subscriptions.push(
    vscode.commands.registerCommand(RESTART_SERVER_COMMAND, async () => {
      output.info(vscode.l10n.t('restarting the language server'));
      // stop + start rather than restart(): the web client has no restart, and both start a fresh server.
      if (client.isRunning()) await client.stop();
      await client.start();
    }),
    vscode.commands.registerCommand(TAG_ALL_FENCES_COMMAND, async (uri?: vscode.Uri) => {
      const target = uri instanceof vscode.Uri ? uri : vscode.window.activeTextEditor?.document.uri;
      if (!target) {
        void vscode.window.showInformationMessage(vscode.l10n.t('archlens: open a Markdown note to tag its diagram fences.'));
        return;
      }
      await client.sendRequest('workspace/executeCommand', { command: SERVER_TAG_ALL_FENCES_COMMAND, arguments: [target.toString()] });
    }),
  );
}
