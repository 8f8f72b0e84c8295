import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ASTUtils, AST_NODE_TYPES as T } from '@typescript-eslint/utils';
import type { KeyResolver } from './key-signature';
import type { Acquisition, KeyUse } from './lock-usage';

/**
 * The expression holding this owner's token at a release, so a compare-and-delete can be suggested:
 * the value a GET result is compared with, else the acquisition's token variable when it is in scope.
 * Undefined when no such expression exists (then no suggestion is offered rather than a wrong one).
 */
export function releaseToken(
  sourceCode: Readonly<TSESLint.SourceCode>,
  resolver: KeyResolver,
  del: KeyUse,
  read: KeyUse | undefined,
  acquisitions: readonly Acquisition[],
): string | undefined {
  if (read) {
    const compared = comparedWith(resolver, read.command.call);
    const meaningful = compared && compared.type !== T.Literal && !(compared.type === T.Identifier && compared.name === 'undefined');
    if (meaningful) return sourceCode.getText(compared);
  }
  const ordered = [...acquisitions].sort((a, b) => Number(b.fn === del.fn) - Number(a.fn === del.fn));
  for (const a of ordered) {
    const value = a.value;
    if (value?.type === T.Identifier) {
      const here = ASTUtils.findVariable(sourceCode.getScope(del.command.call), value.name);
      if (here && here.defs.length > 0 && !isConstant(resolver, value)) return value.name;
    } else if (value?.type === T.MemberExpression && value.object.type === T.ThisExpression) {
      if (enclosingClass(value) !== undefined && enclosingClass(value) === enclosingClass(del.command.call)) {
        return sourceCode.getText(value);
      }
    }
  }
  return undefined;
}

/** Whether a lock value is a constant: a literal, or a variable written once with a literal. */
export function isConstant(resolver: KeyResolver, value: TSESTree.Node): boolean {
  let node: TSESTree.Node | undefined = value;
  if (node.type === T.Identifier) node = resolver.resolveInit(node);
  if (node === undefined) return false;
  if (node.type === T.Literal) return node.value !== null || node.raw === 'null';
  return node.type === T.TemplateLiteral && node.expressions.length === 0;
}

const EQUALITY = new Set(['===', '==', '!==', '!=']);

/** What the result of a GET is compared with: `(await r.get(k)) === token` or `const v = …; if (v !== token)`. */
function comparedWith(resolver: KeyResolver, getCall: TSESTree.CallExpression): TSESTree.Node | undefined {
  let node: TSESTree.Node = getCall;
  while (
    node.parent &&
    (node.parent.type === T.AwaitExpression || node.parent.type === T.TSAsExpression || node.parent.type === T.TSNonNullExpression)
  ) {
    node = node.parent;
  }
  const parent = node.parent;
  if (parent?.type === T.BinaryExpression && EQUALITY.has(parent.operator)) {
    return parent.left === node ? parent.right : parent.left;
  }
  if (parent?.type !== T.VariableDeclarator || parent.id.type !== T.Identifier) return undefined;
  const variable = resolver.variableOf(parent.id);
  for (const ref of variable?.references ?? []) {
    const use = ref.identifier.parent;
    if (use?.type === T.BinaryExpression && EQUALITY.has(use.operator)) {
      return use.left === ref.identifier ? use.right : use.left;
    }
  }
  return undefined;
}

function enclosingClass(node: TSESTree.Node): TSESTree.ClassBody | undefined {
  for (let cur = node.parent; cur; cur = cur.parent) if (cur.type === T.ClassBody) return cur;
  return undefined;
}
