import { ASTUtils, AST_NODE_TYPES, type TSESLint, type TSESTree } from '@typescript-eslint/utils';

/**
 * Whether an options expression carries one of some keys. `unknown` when it can't be told from this file
 * (a parameter, a call's result, a spread of either): the rule stays quiet then rather than guess.
 */
export type KeyState = 'present' | 'absent' | 'unknown';

const MAX_DEPTH = 4;

/** Strips TypeScript-only wrappers (`x as T`, `x!`, `x satisfies T`) that don't change the value. */
export function unwrap(node: TSESTree.Node): TSESTree.Node {
  let n = node;
  while (
    n.type === AST_NODE_TYPES.TSAsExpression ||
    n.type === AST_NODE_TYPES.TSNonNullExpression ||
    n.type === AST_NODE_TYPES.TSSatisfiesExpression ||
    n.type === AST_NODE_TYPES.TSTypeAssertion
  ) {
    n = n.expression;
  }
  return n;
}

/** A property key's static name, if it has one (`a`, `'a'`). */
export function propertyName(prop: TSESTree.Property | TSESTree.MemberExpression): string | undefined {
  const key = prop.type === AST_NODE_TYPES.Property ? prop.key : prop.property;
  if (prop.computed) return key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string' ? key.value : undefined;
  if (key.type === AST_NODE_TYPES.Identifier) return key.name;
  if (key.type === AST_NODE_TYPES.Literal && typeof key.value === 'string') return key.value;
  return undefined;
}

/** True for `timeout: 0`, which axios and node:http read as "no timeout at all". */
function isZero(value: TSESTree.Node): boolean {
  return value.type === AST_NODE_TYPES.Literal && value.value === 0;
}

/** The variable an identifier refers to, looked up from the scope it appears in. */
export function resolveVariable(
  sourceCode: Readonly<TSESLint.SourceCode>,
  id: TSESTree.Identifier,
): TSESLint.Scope.Variable | null {
  return ASTUtils.findVariable(sourceCode.getScope(id), id);
}

/** The object literal or other expression a `const`/`let` is initialised with, if it is declared in this file. */
export function variableInit(variable: TSESLint.Scope.Variable): TSESTree.Expression | undefined {
  const def = variable.defs[0];
  if (!def || def.type !== 'Variable') return undefined;
  const decl = def.node;
  return decl.id.type === AST_NODE_TYPES.Identifier && decl.init ? decl.init : undefined;
}

/** True when the variable is later given one of the keys (`init.signal = controller.signal`). */
function assignedLater(variable: TSESLint.Scope.Variable, keys: ReadonlySet<string>): boolean {
  return variable.references.some((ref) => {
    const parent = ref.identifier.parent;
    return (
      parent?.type === AST_NODE_TYPES.MemberExpression &&
      parent.object === ref.identifier &&
      parent.parent?.type === AST_NODE_TYPES.AssignmentExpression &&
      parent.parent.left === parent &&
      keys.has(propertyName(parent) ?? '')
    );
  });
}

/** Does `expr` (an options object, or a variable holding one) carry any of `keys`? */
export function keyState(
  sourceCode: Readonly<TSESLint.SourceCode>,
  expr: TSESTree.Node | undefined,
  keys: ReadonlySet<string>,
  zeroMeansNone = false,
  depth = 0,
): KeyState {
  if (!expr) return 'absent';
  if (depth > MAX_DEPTH) return 'unknown';
  const node = unwrap(expr);
  switch (node.type) {
    case AST_NODE_TYPES.ObjectExpression: {
      let unknown = false;
      for (const prop of node.properties) {
        if (prop.type === AST_NODE_TYPES.SpreadElement) {
          const inner = keyState(sourceCode, prop.argument, keys, zeroMeansNone, depth + 1);
          if (inner === 'present') return 'present';
          if (inner === 'unknown') unknown = true;
        } else if (keys.has(propertyName(prop) ?? '') && !(zeroMeansNone && isZero(prop.value))) {
          return 'present';
        } else if (prop.computed && propertyName(prop) === undefined) {
          unknown = true;
        }
      }
      return unknown ? 'unknown' : 'absent';
    }
    case AST_NODE_TYPES.Identifier: {
      if (node.name === 'undefined') return 'absent';
      const variable = resolveVariable(sourceCode, node);
      if (!variable) return 'unknown';
      if (assignedLater(variable, keys)) return 'present';
      const init = variableInit(variable);
      if (!init) return 'unknown';
      if (variable.defs[0]?.parent?.type === AST_NODE_TYPES.VariableDeclaration && variable.defs[0].parent.kind !== 'const') {
        // A `let` may be reassigned elsewhere; only trust it when it never is.
        if (variable.references.some((r) => r.isWrite() && r.identifier !== (variable.defs[0]!.node as TSESTree.VariableDeclarator).id)) {
          return 'unknown';
        }
      }
      return keyState(sourceCode, init, keys, zeroMeansNone, depth + 1);
    }
    case AST_NODE_TYPES.ConditionalExpression: {
      const a = keyState(sourceCode, node.consequent, keys, zeroMeansNone, depth + 1);
      const b = keyState(sourceCode, node.alternate, keys, zeroMeansNone, depth + 1);
      return a === b ? a : 'unknown';
    }
    case AST_NODE_TYPES.Literal:
      return node.value === null ? 'absent' : 'unknown';
    default:
      return 'unknown';
  }
}

/** The object literal the options come from, following one `const` if needed (for locating a property). */
export function objectLiteral(
  sourceCode: Readonly<TSESLint.SourceCode>,
  expr: TSESTree.Node | undefined,
): TSESTree.ObjectExpression | undefined {
  if (!expr) return undefined;
  const node = unwrap(expr);
  if (node.type === AST_NODE_TYPES.ObjectExpression) return node;
  if (node.type !== AST_NODE_TYPES.Identifier) return undefined;
  const variable = resolveVariable(sourceCode, node);
  const init = variable && variableInit(variable);
  const inner = init && unwrap(init);
  return inner?.type === AST_NODE_TYPES.ObjectExpression ? inner : undefined;
}
