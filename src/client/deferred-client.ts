// Desktop entry (dist/extension.js). Loading the language client in `activate` (dist/language-client.js: ≈450 KB
// of vscode-languageclient, its protocol and JSON-RPC libraries, and extension-node.ts) blocked the whole extension
// host for one task of 100-185 ms: no other extension, no editor request ran meanwhile. This entry answers
// activation at once (≈1 ms) with the one thing VS Code reads from it, the Markdown preview hook, and loads the
// client afterwards in a dozen tasks of at most ≈10-35 ms each: compile (through V8's code cache, code-cache.ts),
// one library per task (language-client-stages.ts), archlens's modules, then the client's own `activate`. Until
// then each contributed command waits for the client and then runs, so a command that activated archlens still works.
import { join } from 'node:path';
import * as vscode from 'vscode';
import { compileWithCodeCache, type CachedModule } from './code-cache';
import type * as LanguageClientBundle from './language-client-stages';
import { markdownPreviewExtension } from './preview/markdown-preview-extension';

/** The client's `activate` and `deactivate` (extension-node.ts). */
type NodeClient = Awaited<ReturnType<typeof LanguageClientBundle.loadClient>>;

/** How long after start-up the code cache is written: late, so it never competes with activation work. */
const SAVE_CACHE_AFTER_MS = 2_000;

interface Session {
  deactivated: boolean;
  client?: NodeClient;
}

let session: Session | undefined;

export function activate(context: vscode.ExtensionContext): ReturnType<typeof markdownPreviewExtension> {
  return activateDeferred(context, join(__dirname, 'language-client.js'));
}

export async function deactivate(): Promise<void> {
  const current = session;
  session = undefined;
  if (!current) return;
  current.deactivated = true;
  await current.client?.deactivate();
}

/** `activate`, with the language client taken from `bundleFile` (a build of language-client-stages.ts). */
export function activateDeferred(context: vscode.ExtensionContext, bundleFile: string): ReturnType<typeof markdownPreviewExtension> {
  const current: Session = { deactivated: false };
  session = current;
  const loaded = loadClient(context, bundleFile).then(({ client, bundle }) => {
    if (current.deactivated) throw new Error('archlens was deactivated before its language client loaded');
    // The client registers the real commands: the stand-ins go first, in the same task, so no call finds neither.
    for (const standIn of standIns) standIn.dispose();
    current.client = client;
    setTimeout(() => bundle.saveCache(), SAVE_CACHE_AFTER_MS).unref();
    client.activate(context);
  });
  loaded.catch((error: unknown) => {
    if (current.deactivated) return;
    console.error('archlens: loading the language client failed', error);
    // VS Code's own "activating extension failed" no longer applies (activate has returned): say it ourselves.
    void vscode.window.showErrorMessage(vscode.l10n.t(
      'archlens could not load its language client, so diagnostics, lint and the diagram preview are off ({0}). Reload the window; if this persists, reinstall archlens.',
      error instanceof Error ? error.message : String(error),
    ));
  });
  const standIns = contributedCommands(context).map((id) =>
    vscode.commands.registerCommand(id, async (...args: unknown[]) => {
      await loaded;
      return vscode.commands.executeCommand(id, ...args);
    }),
  );
  context.subscriptions.push(...standIns);
  // What the client's activate returns too (registerPreview): the hook holds no state, so this one is the same.
  return markdownPreviewExtension();
}

/** The language client, compiled and evaluated one task at a time. */
async function loadClient(context: vscode.ExtensionContext, bundleFile: string): Promise<{ client: NodeClient; bundle: CachedModule }> {
  await nextTask();
  const bundle = compileWithCodeCache(bundleFile, codeCacheDir(context));
  await nextTask();
  // This module's own require: VS Code answers `require('vscode')` by the requiring file's extension.
  const { stages, loadClient: loadNodeClient } = bundle.run(require) as typeof LanguageClientBundle;
  for (const stage of stages) {
    await nextTask();
    stage();
  }
  await nextTask();
  const client = await loadNodeClient();
  // The client's own activate (creating the client, registering, starting the server process) in a task of its own.
  await nextTask();
  return { client, bundle };
}

/**
 * Lets everything queued (timers, I/O: other extensions, editor requests) run before the next step. Two hops: one
 * `setImmediate` from an I/O callback (where VS Code may call `activate`) runs before the loop polls I/O again.
 */
function nextTask(): Promise<void> {
  return new Promise((resolve) => setImmediate(() => setImmediate(resolve)));
}

/** The commands package.json contributes: each activates archlens, so each must exist once activate returns. */
function contributedCommands(context: vscode.ExtensionContext): string[] {
  const commands: unknown = context.extension.packageJSON?.contributes?.commands;
  return Array.isArray(commands) ? commands.map((c: { command?: unknown }) => c.command).filter((id): id is string => typeof id === 'string') : [];
}

/** The cache lives with archlens's global storage (the extension's own folder may be read-only). */
function codeCacheDir(context: vscode.ExtensionContext): string | undefined {
  return context.globalStorageUri.scheme === 'file' ? join(context.globalStorageUri.fsPath, 'code-cache') : undefined;
}
