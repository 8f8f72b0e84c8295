import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

// `Promise.race([call, timer])`, `pTimeout(call, …)`, `withTimeout(call, ms)`, `withDeadline(() => call)`.
const BOUNDING_WRAPPER = /^Promise\.race$|timeout|deadline/i;
const MAX_HOPS = 6;

/**
 * True when the caller's wait for `call` is bounded by a wrapper around it: the promise (possibly awaited or
 * chained with `.then`/`.json()`) goes into `Promise.race` or a function named for a timeout or deadline.
 */
export function boundedByWrapper(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  let node: TSESTree.Node = call;
  for (let hop = 0; hop < MAX_HOPS && node.parent; hop++) {
    const parent: TSESTree.Node = node.parent;
    if (parent.type === AST_NODE_TYPES.CallExpression && parent.arguments.includes(node as TSESTree.CallExpressionArgument)) {
      return BOUNDING_WRAPPER.test(sourceCode.getText(parent.callee).replace(/\s+/g, ''));
    }
    const passThrough =
      parent.type === AST_NODE_TYPES.AwaitExpression ||
      parent.type === AST_NODE_TYPES.ArrayExpression ||
      parent.type === AST_NODE_TYPES.ArrowFunctionExpression ||
      (parent.type === AST_NODE_TYPES.MemberExpression && parent.object === node) ||
      (parent.type === AST_NODE_TYPES.CallExpression && parent.callee === node);
    if (!passThrough) return false;
    node = parent;
  }
  return false;
}
