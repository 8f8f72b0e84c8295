import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientInstance } from './client-instance';
import type { DeadlineCheck } from './deadline-check';
import { keyState } from './option-keys';
import { signalSuggestion } from './option-suggestions';

const UNDICI_KEYS = new Set(['headersTimeout', 'bodyTimeout', 'signal']);

/**
 * Checks undici's `request(…)` / `stream(…)`, on the module or on a dispatcher (`new Pool(…)`): the options at
 * `index`, or the dispatcher's own, must set a phase timeout or a `signal` (undici's defaults are 300 s each).
 */
export function checkUndici(check: DeadlineCheck, call: TSESTree.CallExpression, index: number, instance: ClientInstance | undefined): void {
  if (instance?.kind === 'undici' && keyState(check.sourceCode, instance.options, UNDICI_KEYS) !== 'absent') return;
  if (keyState(check.sourceCode, call.arguments[index], UNDICI_KEYS) !== 'absent') return;
  check.report(call, 'undiciWithoutTimeout', [signalSuggestion(check, call, index)]);
}
