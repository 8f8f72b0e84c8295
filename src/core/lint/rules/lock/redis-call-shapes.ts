import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';

/**
 * How a Redis command reached the server. Clients spell the same command three ways:
 * a method (`redis.del(k)`), ioredis' `redis.call('DEL', k)`, node-redis' `sendCommand(['DEL', k])`
 * and node-redis v3's `send_command('del', [k])`.
 */
export type CommandShape = 'method' | 'call' | 'sendCommand' | 'send_command';

/** One Redis command read off a call expression, its arguments flattened as the server sees them. */
export interface RedisCommand {
  /** Lower-case command name: `set`, `setnx`, `del`, … */
  name: string;
  /** The method name as written (`del`, `unlink`, `DEL`), for messages. */
  written: string;
  /** Arguments after the command name; `undefined` entries are arguments we cannot see (spreads). */
  args: (TSESTree.Node | undefined)[];
  shape: CommandShape;
  call: TSESTree.CallExpression;
  /** The object the command was called on (`redis`, `this.client`, `redis.multi()`); none for `delAsync(k)`. */
  receiver: TSESTree.Expression | undefined;
}

/** Commands this rule reads; everything else is dismissed from the property name alone. */
const COMMANDS = new Set([
  'set', 'setnx', 'del', 'unlink', 'get', 'expire', 'pexpire', 'expireat', 'pexpireat', 'watch', 'eval', 'evalsha',
]);
const GENERIC_SENDERS: Record<string, CommandShape> = {
  call: 'call',
  sendcommand: 'sendCommand',
  send_command: 'send_command',
};

/** The callee's property name, or undefined when the callee is not `x.name` / `x['name']`. */
export function calleePropertyName(call: TSESTree.CallExpression): string | undefined {
  const callee = call.callee;
  // Promisified node-redis v3 methods: `const delAsync = promisify(client.del).bind(client)`.
  if (callee.type === T.Identifier && callee.name.endsWith('Async')) return callee.name;
  if (callee.type !== T.MemberExpression) return undefined;
  if (!callee.computed && callee.property.type === T.Identifier) return callee.property.name;
  if (callee.computed && callee.property.type === T.Literal && typeof callee.property.value === 'string') {
    return callee.property.value;
  }
  return undefined;
}

/** Whether a property name could be one of our commands; the cheap first filter run on every call. */
export function mayBeRedisCommand(propertyName: string): boolean {
  const lower = withoutAsync(propertyName.toLowerCase());
  return COMMANDS.has(lower) || lower in GENERIC_SENDERS;
}

/** bluebird's promisifyAll and hand-made promisify wrappers add `Async`: `delAsync` is `del`. */
function withoutAsync(lower: string): string {
  return lower.endsWith('async') ? lower.slice(0, -'async'.length) : lower;
}

/** Reads a call as a Redis command, or undefined when it is not one we care about. */
export function readRedisCommand(call: TSESTree.CallExpression): RedisCommand | undefined {
  const written = calleePropertyName(call);
  if (written === undefined) return undefined;
  const receiver = call.callee.type === T.MemberExpression ? call.callee.object : undefined;
  const lower = withoutAsync(written.toLowerCase());
  if (COMMANDS.has(lower)) {
    return { name: lower, written, args: flattenArgs(call.arguments), shape: 'method', call, receiver };
  }
  if (receiver === undefined) return undefined;
  const shape = GENERIC_SENDERS[lower];
  if (shape === undefined) return undefined;
  let parts: (TSESTree.Node | undefined)[];
  if (shape === 'sendCommand') {
    const first = call.arguments[0];
    if (first?.type !== T.ArrayExpression) return undefined;
    parts = flattenArgs(first.elements);
  } else if (shape === 'send_command') {
    // node-redis v3: send_command(name, [args], callback?) — the callback is not an argument.
    parts = flattenArgs(call.arguments.slice(0, 2));
  } else {
    parts = flattenArgs(call.arguments);
  }
  const head = parts[0];
  const name = head === undefined ? undefined : stringValue(head)?.toLowerCase();
  if (name === undefined || !COMMANDS.has(name)) return undefined;
  return { name, written: name, args: parts.slice(1), shape, call, receiver };
}

/** Flattens array arguments (`call('SET', [k, v])`, `send_command('del', [k])`) and marks spreads unknown. */
function flattenArgs(nodes: readonly (TSESTree.Node | null)[]): (TSESTree.Node | undefined)[] {
  const out: (TSESTree.Node | undefined)[] = [];
  for (const node of nodes) {
    if (node === null || node.type === T.SpreadElement) out.push(undefined);
    else if (node.type === T.ArrayExpression) out.push(...flattenArgs(node.elements));
    else if (isFunction(node)) continue; // node-redis v3 / ioredis callbacks are not command arguments
    else out.push(node);
  }
  return out;
}

/** The string a literal or expression-free template spells, if any. */
export function stringValue(node: TSESTree.Node): string | undefined {
  if (node.type === T.Literal && typeof node.value === 'string') return node.value;
  if (node.type === T.TemplateLiteral && node.expressions.length === 0) return node.quasis[0]?.value.cooked ?? undefined;
  return undefined;
}

/** Whether a node is a function of any kind. */
export function isFunction(node: TSESTree.Node): node is TSESTree.FunctionLike {
  return (
    node.type === T.FunctionDeclaration || node.type === T.FunctionExpression || node.type === T.ArrowFunctionExpression
  );
}

/** Whether a command runs inside a MULTI transaction: `redis.multi().del(k)` or `tx.del(k)` with `tx = redis.multi()`. */
export function isInsideMulti(receiver: TSESTree.Expression | undefined, resolveInit: (id: TSESTree.Identifier) => TSESTree.Node | undefined): boolean {
  if (receiver === undefined) return false;
  let node: TSESTree.Node = receiver;
  for (let depth = 0; depth < 32; depth++) {
    if (node.type === T.Identifier) {
      const init = resolveInit(node);
      if (init === undefined) return false;
      node = init;
      continue;
    }
    if (node.type === T.AwaitExpression) {
      node = node.argument;
      continue;
    }
    if (node.type !== T.CallExpression) return false;
    const name = calleePropertyName(node)?.toLowerCase();
    if (name === 'multi') return true;
    if (node.callee.type !== T.MemberExpression) return false;
    node = node.callee.object;
  }
  return false;
}
