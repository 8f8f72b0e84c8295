import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

const FUNCTION_TYPES = new Set(['FunctionDeclaration', 'FunctionExpression', 'ArrowFunctionExpression']);

function exits(statement: Node): boolean {
  return statement.type === 'ReturnStatement' || statement.type === 'ThrowStatement';
}

/**
 * Whether execution can get from `from` to the later node `to` in the same flow. Cheap and syntactic: it
 * only rules out the common cases where the two sit on different paths — `to` in the other branch of an
 * if/else or a different switch case, or `from` in a block that returns or throws before leaving it.
 * Returns inside a nested callback only leave that callback, so they are ignored.
 */
export function mayReach(from: Node, to: Node): boolean {
  const toAncestors = new Set<Node>();
  for (let n: Node | undefined = to; n; n = n.parent) toAncestors.add(n);

  const path: Node[] = [];
  let child: Node = from;
  let lca: Node | undefined = from.parent;
  while (lca && !toAncestors.has(lca)) {
    path.push(child);
    child = lca;
    lca = lca.parent;
  }
  if (!lca) return true;
  path.push(child);

  // Only blocks above the outermost callback boundary below the common ancestor belong to the flow itself.
  let firstOwn = 0;
  for (let i = 0; i < path.length; i++) if (FUNCTION_TYPES.has(path[i]!.type)) firstOwn = i + 1;
  for (let i = firstOwn; i < path.length - 1; i++) {
    const node = path[i]!;
    const block = path[i + 1]!;
    const body = block.type === 'BlockStatement' ? block.body : block.type === 'SwitchCase' ? block.consequent : null;
    if (!body) continue;
    const at = body.indexOf(node as TSESTree.Statement);
    for (let j = at + 1; j < body.length; j++) {
      const later = body[j]!;
      if (exits(later)) return false;
      // A `break` ends the case; only a later node in another case of the same switch is unreachable.
      if (later.type === 'BreakStatement' && block.type === 'SwitchCase' && block.parent === lca) return false;
    }
  }
  const top = path[path.length - 1]!;
  if (lca.type === 'IfStatement' && top === lca.consequent && lca.alternate && toAncestors.has(lca.alternate)) return false;
  if (lca.type === 'ConditionalExpression' && top === lca.consequent && toAncestors.has(lca.alternate)) return false;
  if (lca.type === 'SwitchStatement' && top.type === 'SwitchCase') {
    // Falling through from one case into the next reaches it; a case that ends in break/return does not.
    const last = top.consequent[top.consequent.length - 1];
    if (last && (exits(last) || last.type === 'BreakStatement')) return false;
  }
  return true;
}
