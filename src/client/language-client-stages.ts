// Entry of dist/language-client.js, the part of the desktop extension that deferred-client.ts loads after
// activation: the Node language client (extension-node.ts) and the libraries under it. Evaluating them all at once
// blocked the extension host for one long task, so `stages` evaluates them bottom-up, one library per call, and the
// loader runs each call in its own task; the last step then only evaluates archlens's own modules.
import type * as NodeClient from './extension-node';

/**
 * Evaluates the libraries bottom-up, each call one library (or one half of the largest); run each in its own task.
 * `require`, not `import()`: the bundle evaluates the same module either way, but `import()` also copies each
 * library's hundreds of exports. The converters are reached through the package's `$test/common/*` export, the only
 * one that names them; should it go, the build fails to resolve it rather than anything failing at run time.
 */
export const stages: readonly (() => unknown)[] = [
  () => require('vscode-jsonrpc'),
  () => require('vscode-jsonrpc/node'),
  () => require('vscode-languageserver-protocol'),
  () => require('vscode-languageserver-protocol/node'),
  () => require('vscode-languageclient/$test/common/protocolConverter'),
  () => require('vscode-languageclient/$test/common/codeConverter'),
  () => require('vscode-languageclient'),
  () => require('vscode-languageclient/node'),
];

/** The desktop client's `activate` and `deactivate`; cheap once every stage ran. */
export function loadClient(): Promise<typeof NodeClient> {
  return import('./extension-node');
}
