import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;
type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

const SKIP_KEYS = new Set(['parent', 'typeAnnotation', 'typeArguments', 'typeParameters', 'returnType', 'decorators']);

/**
 * The names an expression reads: identifiers plus `this.x` members (so `this.repo` in a write and in a later
 * value count as the same thing). Property names (`a.b`'s `b`, `{ b: 1 }`'s key) are not reads.
 */
export function namesIn(node: Node, keys: VisitorKeys, out = new Set<string>()): Set<string> {
  if (node.type === 'Identifier') {
    out.add(node.name);
    return out;
  }
  if (node.type === 'MemberExpression') {
    if (node.object.type === 'ThisExpression' && !node.computed && node.property.type === 'Identifier') {
      out.add(`this.${node.property.name}`);
    } else {
      namesIn(node.object, keys, out);
    }
    if (node.computed) namesIn(node.property, keys, out);
    return out;
  }
  if (node.type === 'Property' && !node.computed && !node.shorthand) {
    namesIn(node.value, keys, out);
    return out;
  }
  for (const key of keys[node.type] ?? []) {
    if (SKIP_KEYS.has(key)) continue;
    const value = (node as unknown as Record<string, unknown>)[key];
    if (Array.isArray(value)) {
      for (const item of value) if (item && typeof item === 'object' && 'type' in item) namesIn(item as Node, keys, out);
    } else if (value && typeof value === 'object' && 'type' in value) {
      namesIn(value as Node, keys, out);
    }
  }
  return out;
}

/** The statement a node belongs to (the declaration or expression statement around a call). */
export function statementOf(node: Node): Node {
  let cur = node;
  while (cur.parent) {
    const p = cur.parent;
    if (p.type === 'BlockStatement' || p.type === 'Program' || p.type === 'SwitchCase' || p.type === 'StaticBlock') return cur;
    if ((p.type === 'ArrowFunctionExpression' && p.body === cur) || p.type === 'IfStatement' || p.type === 'ForOfStatement' || p.type === 'ForInStatement' || p.type === 'ForStatement' || p.type === 'WhileStatement') {
      return cur;
    }
    cur = p;
  }
  return cur;
}

/** A binding made in a flow: `const user = …`, `user = …`, or a `.then((user) => …)` parameter. */
export interface FlowBinding {
  names: string[];
  init: Node;
  start: number;
  end: number;
  initNames?: Set<string>;
}

/**
 * Whether `value` carries data from the write: it reads a name the write statement mentions (its arguments,
 * its result variable, its receiver), directly or through bindings made between the write and the cache call.
 * `redis.set(key, JSON.stringify(updated))` after `const updated = await repo.save(dto)` is related;
 * `redis.set(key, Date.now())` or a fresh token is not.
 */
export function carriesWrittenData(
  writePos: number,
  values: readonly Node[],
  cachePos: number,
  bindings: readonly FlowBinding[],
  keys: VisitorKeys,
  writeNames: Set<string>,
): boolean {
  const tainted = new Set(writeNames);
  for (const b of bindings) {
    if (b.end < writePos || b.start >= cachePos) continue;
    b.initNames ??= namesIn(b.init, keys);
    for (const n of b.initNames) {
      if (tainted.has(n)) {
        for (const name of b.names) tainted.add(name);
        break;
      }
    }
  }
  for (const v of values) for (const n of namesIn(v, keys)) if (tainted.has(n)) return true;
  return false;
}
