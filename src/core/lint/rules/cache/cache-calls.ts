import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientDeclarations, ClientKind } from './client-declarations';
import { chainNames, chainWords, receiverOf } from './receiver-names';

/** What a call does to a shared cache. */
export type CacheOp = 'set' | 'del' | 'get';

/** A recognised call on a shared cache client. */
export interface CacheCall {
  op: CacheOp;
  method: string;
  receiver: TSESTree.Expression;
  /** How the client deletes: Redis/cache-manager `del`, Keyv/Cacheable `delete`. */
  client: 'redis' | 'cache' | 'keyv';
}

const SET_METHODS = new Set(['set', 'setex', 'setEx', 'psetex', 'pSetEx', 'hset', 'hSet', 'hmset', 'hmSet', 'mset', 'mSet']);
const DEL_METHODS = new Set(['del', 'unlink', 'delete', 'hdel', 'hDel', 'mdel', 'evict', 'invalidate']);
const GET_METHODS = new Set(['get', 'getex', 'getEx', 'hget', 'hGet', 'hgetall', 'hGetAll', 'mget', 'mGet', 'hmget', 'hmGet', 'wrap']);

/** Whether a method name could be a cache operation at all; the cheap first filter. */
export function isCacheMethodName(name: string): boolean {
  return SET_METHODS.has(name) || DEL_METHODS.has(name) || GET_METHODS.has(name);
}

// Words that name a shared cache client or one of its pipelines.
const REDIS_WORDS = new Set(['redis', 'ioredis', 'valkey', 'upstash', 'kv', 'dragonfly', 'pipeline', 'pipe', 'multi', 'cluster', 'memcache', 'memcached']);
const CACHE_WORDS = new Set(['cache', 'caches', 'cached', 'caching', 'cachemanager']);
const KEYV_WORDS = new Set(['keyv', 'cacheable']);
// Words that say "this lives in this process" (or is not a cache at all): never a shared cache.
// Query-builder steps (TypeORM, Knex, Drizzle, Kysely): `.set()` after them assigns columns, it caches nothing.
const BUILDER_STEPS = new Set([
  'createQueryBuilder', 'update', 'insert', 'insertInto', 'updateTable', 'where', 'andWhere', 'orWhere', 'from', 'into',
  'table', 'values', 'returning', 'onConflict', 'onConflictDoUpdate', 'doUpdateSet', 'merge',
]);
const LOCAL_WORDS = new Set(['lru', 'local', 'memory', 'inmemory', 'memo', 'memoized', 'map', 'weak', 'process', 'session', 'sessions', 'headers', 'params', 'cookies', 'storage', 'l1']);

/** Classifies a call as a shared-cache set/delete/read, or null (Map, session store, query builder `.set()`…). */
export function classifyCacheCall(
  call: TSESTree.CallExpression,
  method: string,
  declarations: ClientDeclarations,
  extraCacheNames: ReadonlySet<string>,
  fileImportsCacheClient: boolean,
): CacheCall | null {
  const op: CacheOp | null = SET_METHODS.has(method) ? 'set' : DEL_METHODS.has(method) ? 'del' : GET_METHODS.has(method) ? 'get' : null;
  if (!op) return null;
  const receiver = receiverOf(call);
  if (!receiver) return null;
  if (op === 'set' && call.arguments.length < (method === 'mset' || method === 'mSet' ? 1 : 2)) return null;
  const declared: ClientKind | null = declarations.kindOf(receiver);
  if (declared === 'memory' || declared === 'db') return null;
  const words = chainWords(receiver);
  if ([...words].some((w) => extraCacheNames.has(w))) return { op, method, receiver, client: 'cache' };
  if (declared) return { op, method, receiver, client: declared };
  if ([...words].some((w) => LOCAL_WORDS.has(w))) return null;
  // A query builder's `.set({...})` hangs off a builder chain; a client getter (`redisService.getClient()`) does not.
  if (receiver.type === 'CallExpression' && chainNames(receiver).some((n) => BUILDER_STEPS.has(n))) return null;
  if ([...words].some((w) => KEYV_WORDS.has(w))) return { op, method, receiver, client: 'keyv' };
  if ([...words].some((w) => REDIS_WORDS.has(w))) return { op, method, receiver, client: 'redis' };
  if ([...words].some((w) => CACHE_WORDS.has(w))) return { op, method, receiver, client: 'cache' };
  if (fileImportsCacheClient && (words.has('client') || words.has('store'))) return { op, method, receiver, client: 'redis' };
  return null;
}


/** Import sources that bring a cache client into a file (`ioredis`, `./lib/redis`, `@nestjs/cache-manager`…). */
export function importsCacheClient(source: string): boolean {
  return /redis|cache|keyv|upstash|@vercel\/kv|memcache|valkey/i.test(source);
}

/** `SET … NX` (ioredis `'NX'`, node-redis `{ NX: true }`, Upstash `{ nx: true }`): a lock or marker, not a cache fill. */
export function hasNx(call: TSESTree.CallExpression): boolean {
  return call.arguments.some(
    (a) =>
      (a.type === 'Literal' && typeof a.value === 'string' && a.value.toUpperCase() === 'NX') ||
      (a.type === 'ObjectExpression' &&
        a.properties.some((p) => p.type === 'Property' && p.key.type === 'Identifier' && (p.key.name === 'NX' || p.key.name === 'nx'))),
  );
}
