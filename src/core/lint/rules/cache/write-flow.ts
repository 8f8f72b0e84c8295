import type { TSESTree } from '@typescript-eslint/utils';
import type { CacheCall } from './cache-calls';
import type { FlowBinding } from './data-relation';
import { calleeName, chainNames, propertyName } from './receiver-names';

type Node = TSESTree.Node;
export type FunctionNode = TSESTree.FunctionDeclaration | TSESTree.FunctionExpression | TSESTree.ArrowFunctionExpression;

/** One step in a flow that matters here: a DB write, a cache set/delete/read, or a queued delayed delete. */
export interface FlowEvent {
  kind: 'write' | 'set' | 'del' | 'get' | 'delayedDel';
  node: TSESTree.CallExpression | TSESTree.TaggedTemplateExpression;
  /** Where the operation happens: the method name, so `a.update().then(() => c.set())` orders update < then < set. */
  pos: number;
  cache?: CacheCall;
}

/**
 * A unit of sequential code: one function plus the callbacks that run as part of it (`.then`, transactions,
 * array iteration, timers). Route handlers and event listeners registered inside it are flows of their own.
 */
export class WriteFlow {
  readonly events: FlowEvent[] = [];
  readonly bindings: FlowBinding[] = [];
  constructor(
    readonly root: FunctionNode | TSESTree.Program,
    /** Write-through code updates the cache on purpose (versioned values, CAS, a lock around both writes). */
    readonly writeThrough: boolean,
  ) {}
}

// Callbacks that run as part of the surrounding work, wherever they appear.
const INLINE_CALLBACKS = new Set([
  'then', 'catch', 'finally', '$transaction', 'transaction', 'withTransaction', 'runInTransaction', 'startTransaction',
  'forEach', 'map', 'flatMap', 'reduce', 'filter', 'some', 'every', 'using', 'runExclusive', 'withLock', 'retry',
  'withRetry', 'pRetry', 'tap', 'setTimeout', 'setImmediate', 'nextTick', 'queueMicrotask', 'Promise',
]);
// Callbacks registered for later, independent invocations: each is its own flow.
const HANDLER_CALLBACKS = new Set([
  'get', 'post', 'put', 'patch', 'delete', 'del', 'all', 'use', 'options', 'head', 'route', 'on', 'once',
  'addListener', 'prependListener', 'addEventListener', 'subscribe', 'process', 'handle', 'register', 'listen',
  'command', 'action', 'describe', 'it', 'test', 'beforeEach', 'afterEach', 'beforeAll', 'afterAll', 'before',
  'after', 'setInterval', 'schedule', 'cron', 'consume', 'Worker', 'middleware', 'define', 'task', 'mutation', 'procedure', 'resolve', 'resolver', 'job', 'interval', 'handler', 'createHandler',
]);

/**
 * Whether a function runs as part of the flow around it: a callback passed to `.then`, a transaction, an
 * array method or a timer; or, inside a function, any call that is not a handler registration.
 * At module level only the known inline callbacks join (each route handler stays separate).
 */
export function joinsEnclosingFlow(fn: FunctionNode, enclosingIsModule: boolean): boolean {
  const parent = fn.parent;
  if (!parent) return false;
  if (parent.type === 'CallExpression' && parent.callee === fn) return true; // IIFE
  if ((parent.type !== 'CallExpression' && parent.type !== 'NewExpression') || !(parent.arguments as readonly Node[]).includes(fn)) return false;
  const name = calleeName(parent.callee);
  if (parent.type === 'NewExpression') return name === 'Promise';
  if (name && INLINE_CALLBACKS.has(name)) return true;
  return !enclosingIsModule && !(name && HANDLER_CALLBACKS.has(name));
}

/** The name a function goes by (declaration, method, property or variable), used for `writeThrough*`. */
export function functionName(fn: FunctionNode): string | null {
  if (fn.type !== 'ArrowFunctionExpression' && fn.id) return fn.id.name;
  const p = fn.parent as Node | undefined;
  if (!p) return null;
  if (p.type === 'MethodDefinition' || p.type === 'PropertyDefinition' || p.type === 'Property') {
    return p.key.type === 'Identifier' ? p.key.name : null;
  }
  if (p.type === 'VariableDeclarator' && p.id.type === 'Identifier') return p.id.name;
  if (p.type === 'AssignmentExpression' && p.left.type === 'MemberExpression') return propertyName(p.left);
  return null;
}

/** Names matching `writeThrough*` (`writeThroughCache`, `WriteThroughStore`, `userWriteThrough`). */
export function isWriteThroughName(name: string | null): boolean {
  return !!name && /write[-_]?through/i.test(name);
}

/** Whether a cache write sits inside a `writeThrough*(…)` call or on a `writeThrough*` receiver. */
export function insideWriteThrough(event: FlowEvent, root: Node): boolean {
  const receiver = event.cache?.receiver ?? null;
  if (chainNames(receiver).some(isWriteThroughName)) return true;
  for (let n: Node | undefined = event.node.parent; n && n !== root; n = n.parent) {
    if (n.type === 'CallExpression' && isWriteThroughName(calleeName(n.callee))) return true;
  }
  return false;
}
