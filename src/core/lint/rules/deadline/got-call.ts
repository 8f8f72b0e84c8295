import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientInstance } from './client-instance';
import type { DeadlineCheck } from './deadline-check';
import type { FileClients } from './file-clients';
import { keyState } from './option-keys';
import { signalSuggestion } from './option-suggestions';
import { urlOrOptions } from './url-or-options';

const GOT_METHODS = new Set(['get', 'post', 'put', 'patch', 'delete', 'head', 'stream', 'paginate']);
const TIMEOUT_OR_SIGNAL = new Set(['timeout', 'signal']);

/** True for the got methods that send a request (`got.get`, `got.stream`, …). */
export function isGotRequestMethod(method: string): boolean {
  return GOT_METHODS.has(method);
}

/**
 * Checks `got(…)` / `got.<method>(…)`: it needs `timeout` or `signal`, here or in the options of the instance
 * (`got.extend({ timeout })`). `key` names the client for the file-wide test.
 */
export function checkGot(check: DeadlineCheck, clients: FileClients, call: TSESTree.CallExpression, instance: ClientInstance | undefined, key: string): void {
  if (clients.isBounded(key)) return;
  if (instance?.kind === 'got' && keyState(check.sourceCode, instance.config, TIMEOUT_OR_SIGNAL) !== 'absent') return;
  const { state, index } = urlOrOptions(check, call, TIMEOUT_OR_SIGNAL, false);
  if (state === 'absent') check.report(call, 'gotWithoutTimeout', [signalSuggestion(check, call, index)]);
}
