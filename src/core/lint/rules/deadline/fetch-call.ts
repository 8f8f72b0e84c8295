import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import type { DeadlineCheck } from './deadline-check';
import { keyState, propertyName, resolveVariable, unwrap, variableInit } from './option-keys';
import { signalSuggestion } from './option-suggestions';

/** Objects whose `.fetch` is the global fetch (`globalThis.fetch(…)`, `window.fetch(…)`). */
export const GLOBAL_OBJECTS: ReadonlySet<string> = new Set(['globalThis', 'window', 'self', 'global']);
const SIGNAL = new Set(['signal']);
const TIMEOUT = new Set(['timeout']);

/**
 * Checks `fetch(input, init)` (global, node-fetch, undici): it needs a `signal`, in `init` or in the `Request` it
 * is given. A `timeout` there is reported separately, since fetch ignores it.
 */
export function checkFetch(check: DeadlineCheck, call: TSESTree.CallExpression): void {
  const { sourceCode } = check;
  const [input, init] = call.arguments;
  if (!input) return;
  if (keyState(sourceCode, init, SIGNAL) !== 'absent') return;
  // `fetch(new Request(url, { signal }))`
  const request = unwrap(input);
  const requestNew = request.type === AST_NODE_TYPES.Identifier ? (() => {
    const v = resolveVariable(sourceCode, request);
    return v ? variableInit(v) : undefined;
  })() : request;
  // An incoming `Request` forwarded as is carries its own signal.
  if (!init && request.type === AST_NODE_TYPES.Identifier && /^req(uest)?$/i.test(request.name)) return;
  if (requestNew?.type === AST_NODE_TYPES.NewExpression && sourceCode.getText(requestNew.callee) === 'Request') {
    if (keyState(sourceCode, requestNew.arguments[1], SIGNAL) !== 'absent') return;
  }
  if (keyState(sourceCode, init, TIMEOUT) === 'present') {
    const literal = init && unwrap(init);
    const timeoutProp =
      literal?.type === AST_NODE_TYPES.ObjectExpression
        ? literal.properties.find((p): p is TSESTree.Property => p.type === AST_NODE_TYPES.Property && propertyName(p) === 'timeout' && !p.shorthand)
        : undefined;
    const fix = timeoutProp
      ? {
          messageId: 'replaceTimeoutWithSignal' as const,
          fix: (fixer: TSESLint.RuleFixer) => fixer.replaceText(timeoutProp, `signal: AbortSignal.timeout(${sourceCode.getText(timeoutProp.value)})`),
        }
      : signalSuggestion(check, call, 1);
    check.report(call, 'fetchTimeoutIgnored', [fix]);
    return;
  }
  check.report(call, 'fetchWithoutSignal', [signalSuggestion(check, call, 1)]);
}
