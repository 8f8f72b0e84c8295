import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/utils';
import { isCallbackArg } from './add-option';
import type { DeadlineCheck } from './deadline-check';
import { keyState, objectLiteral, propertyName, unwrap, type KeyState } from './option-keys';

// A variable or property named like this holds a URL, unless it is an object literal.
const URL_NAME = /url|uri|endpoint|path|href|link|address|host|route/i;

/** True for an argument that is a URL rather than an options object (`axios(url)`, `got(\`${base}/x\`)`). */
function looksLikeUrl(check: DeadlineCheck, arg: TSESTree.Node): boolean {
  const { sourceCode } = check;
  const n = unwrap(arg);
  if (n.type === AST_NODE_TYPES.Literal || n.type === AST_NODE_TYPES.TemplateLiteral || n.type === AST_NODE_TYPES.BinaryExpression) return true;
  if (n.type === AST_NODE_TYPES.NewExpression) return sourceCode.getText(n.callee) === 'URL';
  if (n.type === AST_NODE_TYPES.Identifier) return URL_NAME.test(n.name) && !objectLiteral(sourceCode, n);
  if (n.type === AST_NODE_TYPES.MemberExpression) return URL_NAME.test(propertyName(n) ?? '');
  return false;
}

/**
 * State of the options of a call whose first argument is either a URL or the options (`got(url, o)` / `got(o)`,
 * `http.request(url, o, cb)` / `http.request(o, cb)`), and the argument position a suggestion should edit.
 */
export function urlOrOptions(
  check: DeadlineCheck,
  call: TSESTree.CallExpression,
  keys: ReadonlySet<string>,
  zero: boolean,
): { state: KeyState; index: number } {
  const { sourceCode } = check;
  const [first, second] = call.arguments;
  if (first && !looksLikeUrl(check, first) && !isCallbackArg(first)) {
    const state = keyState(sourceCode, first, keys, zero);
    if (state !== 'absent' || !second || isCallbackArg(second)) return { state, index: 0 };
  }
  if (second && isCallbackArg(second)) return { state: 'absent', index: 1 };
  return { state: keyState(sourceCode, second, keys, zero), index: 1 };
}
