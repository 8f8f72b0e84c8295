import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { addOptionsArgument, insertProperty, isCallbackArg, spreadWithProperty } from './add-option';
import type { DeadlineCheck, Suggestion } from './deadline-check';
import { unwrap } from './option-keys';

/** The fix that gives the options at `index` a new property, creating the argument if there is none. */
export function addProperty(check: DeadlineCheck, call: TSESTree.CallExpression, index: number, prop: string) {
  const { sourceCode } = check;
  return (fixer: TSESLint.RuleFixer) => {
    const arg = call.arguments[index];
    if (!arg || isCallbackArg(arg)) return addOptionsArgument(fixer, sourceCode, call, index, prop);
    const n = unwrap(arg);
    if (n.type === AST_NODE_TYPES.ObjectExpression) return insertProperty(fixer, sourceCode, n, prop);
    return spreadWithProperty(fixer, sourceCode, arg, prop);
  };
}

/** Suggests `signal: AbortSignal.timeout(ms)` in the options at `index` (fetch, got, undici). */
export function signalSuggestion(check: DeadlineCheck, call: TSESTree.CallExpression, index: number): Suggestion {
  return {
    messageId: 'addSignal',
    data: { ms: check.ms },
    fix: addProperty(check, call, index, `signal: AbortSignal.timeout(${check.ms})`),
  };
}

/** Suggests `timeout: ms` in the options at `index` (axios, node:http). */
export function timeoutSuggestion(check: DeadlineCheck, call: TSESTree.CallExpression, index: number): Suggestion {
  return {
    messageId: 'addTimeout',
    data: { ms: check.ms },
    fix: addProperty(check, call, index, `timeout: ${check.ms}`),
  };
}
