import type { TSESTree } from '@typescript-eslint/utils';

type Node = TSESTree.Node;

/** Splits an identifier or key text into lowercase words: `userRepository` → user, repository. */
export function wordsOf(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

/** The method name a call invokes (`a.b.save(...)` → `save`, `save(...)` → `save`), or null. */
export function calleeName(callee: Node): string | null {
  if (callee.type === 'Identifier') return callee.name;
  if (callee.type === 'MemberExpression') return propertyName(callee);
  return null;
}

/** A member's property name when it is static (`a.b`, `a['b']`). */
export function propertyName(member: TSESTree.MemberExpression): string | null {
  if (!member.computed && (member.property.type === 'Identifier' || member.property.type === 'PrivateIdentifier')) return member.property.name;
  if (member.property.type === 'Literal' && typeof member.property.value === 'string') return member.property.value;
  return null;
}

/** The object a method is called on (`this.repo` in `this.repo.save()`), or null for plain calls. */
export function receiverOf(call: TSESTree.CallExpression): TSESTree.Expression | null {
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  return callee.type === 'MemberExpression' ? callee.object : null;
}

/** A stable key for simple receivers (`cache`, `this.cache`) so declarations can be matched to uses. */
export function receiverKey(node: Node | null): string | null {
  if (!node) return null;
  if (node.type === 'Identifier') return node.name;
  if (node.type === 'MemberExpression' && node.object.type === 'ThisExpression') {
    const name = propertyName(node);
    return name ? `this.${name}` : null;
  }
  if (node.type === 'TSNonNullExpression') return receiverKey(node.expression);
  return null;
}

/**
 * Every name along a receiver chain: identifiers, property names and the names of calls in it.
 * `this.dataSource.getRepository(User).createQueryBuilder()` → dataSource, getRepository, createQueryBuilder.
 * Arguments are not entered, so `map.get(prisma)` does not look like Prisma.
 */
export function chainNames(node: Node | null, out: string[] = []): string[] {
  let cur: Node | null = node;
  for (let guard = 0; cur && guard < 50; guard++) {
    switch (cur.type) {
      case 'Identifier':
        out.push(cur.name);
        return out;
      case 'MemberExpression': {
        const name = propertyName(cur);
        if (name) out.push(name);
        cur = cur.object;
        break;
      }
      case 'CallExpression':
        cur = cur.callee;
        break;
      case 'ChainExpression':
      case 'TSNonNullExpression':
      case 'AwaitExpression':
      case 'TSAsExpression':
        cur = cur.type === 'AwaitExpression' ? cur.argument : cur.expression;
        break;
      default:
        return out;
    }
  }
  return out;
}

/** Lowercase words of every name in a receiver chain. */
export function chainWords(node: Node | null): Set<string> {
  const words = new Set<string>();
  for (const name of chainNames(node)) {
    words.add(name.toLowerCase());
    for (const w of wordsOf(name)) words.add(w);
  }
  return words;
}

/** A short, readable name for a callee, with call arguments elided: `knex(…).where(…).update`. */
export function describeCallee(node: Node): string {
  switch (node.type) {
    case 'Identifier':
      return node.name;
    case 'ThisExpression':
      return 'this';
    case 'MemberExpression': {
      const name = propertyName(node);
      return `${describeCallee(node.object)}${name ? `.${name}` : '[…]'}`;
    }
    case 'CallExpression':
      return `${describeCallee(node.callee)}(…)`;
    case 'ChainExpression':
      return describeCallee(node.expression);
    case 'TSNonNullExpression':
      return describeCallee(node.expression);
    case 'AwaitExpression':
      return `(await ${describeCallee(node.argument)})`;
    default:
      return '…';
  }
}
