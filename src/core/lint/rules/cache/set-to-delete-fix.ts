import type { TSESTree } from '@typescript-eslint/utils';
import type { CacheCall } from './cache-calls';

type Node = TSESTree.Node;

/** The text that replaces `method(args…)` of a cache write so it deletes the same key(s) instead. */
export interface DeleteReplacement {
  /** Range from the method name to the end of the call: the receiver and any `await` stay as written. */
  range: [number, number];
  text: string;
}

const isCamel = (method: string): boolean => /[A-Z]/.test(method);

function keysOfObject(obj: TSESTree.ObjectExpression, text: (n: Node) => string): string[] | null {
  const keys: string[] = [];
  for (const p of obj.properties) {
    if (p.type !== 'Property') return null;
    if (p.computed) keys.push(text(p.key));
    else if (p.key.type === 'Identifier') keys.push(`'${p.key.name}'`);
    else if (p.key.type === 'Literal') keys.push(text(p.key));
    else return null;
  }
  return keys;
}

/** `mset` / `mSet` arguments to the keys they write: pairs, `[[k, v]]`, `[k, v, …]` or `{ k: v }`. */
function msetKeys(args: readonly Node[], text: (n: Node) => string): string[] | null {
  if (args.some((a) => a.type === 'SpreadElement')) return null;
  if (args.length === 1) {
    const only = args[0]!;
    if (only.type === 'ObjectExpression') return keysOfObject(only, text);
    if (only.type === 'ArrayExpression') {
      const items = only.elements;
      if (items.every((e) => e?.type === 'ArrayExpression')) {
        const keys = items.map((e) => (e as TSESTree.ArrayExpression).elements[0]);
        return keys.every((k) => k && k.type !== 'SpreadElement') ? keys.map((k) => text(k as Node)) : null;
      }
      if (items.length % 2 === 0 && items.every((e) => e && e.type !== 'SpreadElement')) {
        return items.filter((_, i) => i % 2 === 0).map((e) => text(e as Node));
      }
    }
    return null;
  }
  if (args.length % 2 !== 0) return null;
  return args.filter((_, i) => i % 2 === 0).map((a) => text(a));
}

/**
 * Builds the suggestion that turns a cache write into a delete of the same key: `set(k, v, 'EX', 60)` and
 * `setex(k, ttl, v)` → `del(k)`; `hset(k, field, v)` → `hdel(k, field)` (one field cached, one field dropped);
 * `hset(k, { …whole object })` → `del(k)`; `mset(k1, v1, k2, v2)` → `del(k1, k2)`; cache-manager
 * `set(k, v, ttl)` → `del(k)`; Keyv/Cacheable → `delete(k)`. A trailing Node-style callback is kept.
 * Returns null when the keys cannot be read from the call (spread arguments, a computed list).
 */
export function setToDelete(call: TSESTree.CallExpression, cache: CacheCall, text: (n: Node) => string): DeleteReplacement | null {
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  if (callee.type !== 'MemberExpression' || callee.computed) return null;
  const args = call.arguments as Node[];
  if (args.length === 0 || args[0]!.type === 'SpreadElement') return null;
  const last = args[args.length - 1]!;
  // node-redis v3 / ioredis callback style: `setex(k, ttl, v, cb)`.
  const isCallback =
    last.type === 'ArrowFunctionExpression' || last.type === 'FunctionExpression' || (last.type === 'Identifier' && /^(cb|callback|done|next)$/.test(last.name));
  const callback = args.length > 2 && isCallback ? text(last) : null;
  const valueArgs = callback ? args.slice(0, -1) : args;
  const m = cache.method;
  const del = cache.client === 'keyv' ? 'delete' : 'del';
  let out: string | null = null;
  const withCallback = (list: string[]): string => (callback ? [...list, callback] : list).join(', ');
  if (m === 'mset' || m === 'mSet') {
    if (cache.client !== 'redis') return null;
    const keys = msetKeys(valueArgs, text);
    if (!keys || keys.length === 0) return null;
    out = isCamel(m) ? `${del}(${keys.length === 1 ? keys[0] : `[${keys.join(', ')}]`})` : `${del}(${withCallback(keys)})`;
  } else if (m === 'hset' || m === 'hSet' || m === 'hmset' || m === 'hmSet') {
    const key = text(valueArgs[0]!);
    const rest = valueArgs.slice(1);
    if (rest.length >= 2 && rest.length % 2 === 0 && rest.every((a) => a.type !== 'SpreadElement')) {
      const fields = rest.filter((_, i) => i % 2 === 0).map((a) => text(a));
      const hdel = isCamel(m) ? 'hDel' : 'hdel';
      out = isCamel(m) && fields.length > 1 ? `${hdel}(${key}, [${fields.join(', ')}])` : `${hdel}(${withCallback([key, ...fields])})`;
    } else {
      // The whole hash is rewritten from an object: drop the hash.
      out = `${del}(${withCallback([key])})`;
    }
  } else {
    out = `${del}(${withCallback([text(valueArgs[0]!)])})`;
  }
  const start = callee.property.range[0];
  return { range: [start, call.range[1]], text: out };
}
