import { AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';
import { propertyName } from './option-keys';

/** True when `node` sits inside a callback passed to `setTimeout(…)` (a hand-made deadline). */
function insideSetTimeout(node: TSESTree.Node): boolean {
  for (let p = node.parent; p && p.type !== AST_NODE_TYPES.Program; p = p.parent) {
    if (p.type === AST_NODE_TYPES.CallExpression && p.callee.type === AST_NODE_TYPES.Identifier && p.callee.name === 'setTimeout') return true;
  }
  return false;
}

/**
 * node:http's request can be bounded after it is made: `http.get(…).setTimeout(ms)`, `req.setTimeout(ms, …)`, or a
 * timer that destroys it. True when the request `call` returns is bounded one of those ways in this file.
 */
export function returnedRequestHasTimeout(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): boolean {
  const parent = call.parent;
  if (parent?.type === AST_NODE_TYPES.MemberExpression && parent.object === call && propertyName(parent) === 'setTimeout') return true;
  let declarator: TSESTree.Node | undefined;
  if (parent?.type === AST_NODE_TYPES.VariableDeclarator && parent.init === call) declarator = parent;
  if (!declarator) return false;
  const variable = sourceCode.scopeManager?.getDeclaredVariables(declarator)[0];
  return !!variable?.references.some((ref) => {
    const member = ref.identifier.parent;
    if (member?.type !== AST_NODE_TYPES.MemberExpression || member.object !== ref.identifier) return false;
    const name = propertyName(member);
    return name === 'setTimeout' || ((name === 'destroy' || name === 'abort') && insideSetTimeout(member));
  });
}
