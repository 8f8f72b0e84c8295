import type { TSESTree } from '@typescript-eslint/utils';
import type { DeadlineCheck } from './deadline-check';
import { timeoutSuggestion } from './option-suggestions';
import { returnedRequestHasTimeout } from './request-set-timeout';
import { urlOrOptions } from './url-or-options';

const TIMEOUT_OR_SIGNAL = new Set(['timeout', 'signal']);

/**
 * Checks node:http(s) `request(…)` / `get(…)`: it needs `timeout` or `signal` in its options (`timeout: 0` is
 * none), or a `setTimeout` / timed `destroy()` on the request it returns.
 */
export function checkHttp(check: DeadlineCheck, call: TSESTree.CallExpression): void {
  const { state, index } = urlOrOptions(check, call, TIMEOUT_OR_SIGNAL, true);
  if (state !== 'absent' || returnedRequestHasTimeout(check.sourceCode, call)) return;
  check.report(call, 'httpWithoutTimeout', [timeoutSuggestion(check, call, index)]);
}
