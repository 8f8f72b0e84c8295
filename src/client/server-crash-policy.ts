// What the client does when the language server dies or its connection fails. vscode-languageclient's default
// handler restarts too, but pops an error for every connection hiccup; users should see nothing while archlens
// recovers by itself, one log line per event in the "archlens" output, and one message only when it gives up.
import * as vscode from 'vscode';
import { CloseAction, ErrorAction, type ErrorHandler } from 'vscode-languageclient';

/** Restarts allowed within `windowMs` before archlens stops restarting (the library's default: 4 in 3 minutes). */
export const MAX_RESTARTS = 4;
const WINDOW_MS = 3 * 60_000;

/** An error handler that a manual restart after it gave up resets. */
export interface CrashPolicy extends ErrorHandler {
  /** Call when the server is running: after giving up, only "Restart Language Server" gets it there, with a fresh budget. */
  serverRunning(): void;
}

/** The client's error handler: quiet restarts logged to `output`, one clear message after too many crashes. */
export function serverCrashPolicy(output: vscode.LogOutputChannel, now: () => number = Date.now): CrashPolicy {
  const crashes: number[] = [];
  let gaveUp = false;
  return {
    serverRunning() {
      if (gaveUp) crashes.length = 0;
      gaveUp = false;
    },
    error(error, _message, count) {
      // Writes to a dying process fail before `closed` fires; the restart below deals with it.
      output.warn(vscode.l10n.t('the connection to the language server failed ({0}x in a row): {1}', count ?? 1, error.message));
      return { action: count !== undefined && count <= 3 ? ErrorAction.Continue : ErrorAction.Shutdown, handled: true };
    },
    closed() {
      const at = now();
      crashes.push(at);
      while (crashes.length > 0 && at - crashes[0]! > WINDOW_MS) crashes.shift();
      if (crashes.length <= MAX_RESTARTS) {
        output.warn(vscode.l10n.t('the language server stopped unexpectedly; restarting it (restart {0} of at most {1} within 3 minutes). Your files were not changed.', crashes.length, MAX_RESTARTS));
        return { action: CloseAction.Restart, handled: true };
      }
      gaveUp = true;
      // Not handled: the client shows this once as an error with a "Go to output" button, and logs it.
      return {
        action: CloseAction.DoNotRestart,
        message: vscode.l10n.t('archlens: the language server crashed {0} times in 3 minutes and was not restarted, so diagnostics and the diagram preview are off. See the "archlens" output, then run "Archlens: Restart Language Server".', crashes.length),
      };
    },
  };
}
