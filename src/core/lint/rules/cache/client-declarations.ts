import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, propertyName, receiverKey } from './receiver-names';

type Node = TSESTree.Node;

/** What a declaration tells us about a receiver name. */
export type ClientKind = 'memory' | 'redis' | 'cache' | 'keyv' | 'db';

// In-process maps and LRU caches: concurrent writers in other processes cannot race them.
const MEMORY_TYPES = new Set([
  'Map', 'WeakMap', 'Set', 'WeakSet', 'LRUCache', 'LRU', 'QuickLRU', 'NodeCache', 'TTLCache', 'CacheableMemory',
  'MemoryCache', 'LruCache', 'Record',
]);
const REDIS_TYPES = new Set(['Redis', 'IORedis', 'Cluster', 'RedisClientType', 'RedisClient', 'RedisClusterType', 'Valkey']);
const CACHE_TYPES = new Set(['Cache', 'CacheManager', 'MemcachedClient', 'Memcached']);
const KEYV_TYPES = new Set(['Keyv', 'Cacheable', 'KeyvStoreAdapter']);
// Database handles by declared type: `private users: Repository<User>`, `Model<UserDocument>`, `Knex`, `Pool`.
const DB_TYPES = new Set([
  'Repository', 'TreeRepository', 'MongoRepository', 'EntityManager', 'DataSource', 'Model', 'ModelStatic', 'ModelCtor',
  'PrismaClient', 'PrismaService', 'Knex', 'Kysely', 'Sequelize', 'Collection', 'Db', 'Pool', 'PoolClient',
  'Connection', 'EntityRepository', 'NodePgDatabase', 'PostgresJsDatabase', 'MySql2Database', 'Transaction',
]);
const REDIS_FACTORIES = new Set(['createClient', 'createCluster', 'fromEnv', 'createRedisClient', 'getRedisClient']);
const CACHE_FACTORIES = new Set(['createCache', 'caching', 'multiCaching']);
const KEYV_FACTORIES = new Set(['createKeyv']);

function kindOfTypeName(name: string): ClientKind | null {
  // Project classes say where they keep data: `InMemoryCache`, `LocalLruStore`, `MemoizedMap`.
  if (MEMORY_TYPES.has(name) || /memory|lru|local|memo|map$/i.test(name)) return 'memory';
  if (REDIS_TYPES.has(name)) return 'redis';
  if (KEYV_TYPES.has(name)) return 'keyv';
  if (CACHE_TYPES.has(name)) return 'cache';
  if (DB_TYPES.has(name)) return 'db';
  return null;
}

function typeNameOf(annotation: TSESTree.TypeNode | undefined): string | null {
  if (!annotation || annotation.type !== 'TSTypeReference') return null;
  const name = annotation.typeName;
  if (name.type === 'Identifier') return name.name;
  if (name.type === 'TSQualifiedName') return name.right.name;
  return null;
}

/** The client kind an initializer or a type annotation reveals, if any. */
export function kindOfDeclaration(init: Node | null | undefined, annotation?: TSESTree.TypeNode): ClientKind | null {
  const fromType = typeNameOf(annotation);
  if (fromType) {
    const kind = kindOfTypeName(fromType);
    if (kind) return kind;
  }
  let expr = init;
  while (expr && (expr.type === 'AwaitExpression' || expr.type === 'TSAsExpression')) {
    expr = expr.type === 'AwaitExpression' ? expr.argument : expr.expression;
  }
  if (!expr) return null;
  if (expr.type === 'NewExpression') {
    const callee = expr.callee;
    const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' ? propertyName(callee) : null;
    return name ? kindOfTypeName(name) : null;
  }
  if (expr.type === 'CallExpression') {
    const name = calleeName(expr.callee);
    if (!name) return null;
    if (REDIS_FACTORIES.has(name)) return 'redis';
    if (CACHE_FACTORIES.has(name)) return 'cache';
    if (KEYV_FACTORIES.has(name)) return 'keyv';
  }
  return null;
}

/** Receiver names declared in one file, mapped to what they hold (`this.cache` → memory for `new Map()`). */
export class ClientDeclarations {
  private readonly kinds = new Map<string, ClientKind>();

  /** Records `name` (and `this.name` for class members) as holding a client of `kind`. */
  record(key: string | null, kind: ClientKind | null, alsoThis = false): void {
    if (!key || !kind) return;
    this.kinds.set(key, kind);
    if (alsoThis) this.kinds.set(`this.${key}`, kind);
  }

  /** What the declaration of a receiver said, if the file declares it. */
  kindOf(receiver: Node | null): ClientKind | null {
    const key = receiverKey(receiver);
    return key ? (this.kinds.get(key) ?? null) : null;
  }

  /** Visitor pieces that feed the map; each looks only at the node it is given. */
  onVariableDeclarator(node: TSESTree.VariableDeclarator): void {
    if (node.id.type !== 'Identifier') return;
    this.record(node.id.name, kindOfDeclaration(node.init, node.id.typeAnnotation?.typeAnnotation));
  }

  onPropertyDefinition(node: TSESTree.PropertyDefinition): void {
    const name = node.key.type === 'Identifier' ? node.key.name : null;
    if (name) this.record(`this.${name}`, kindOfDeclaration(node.value, node.typeAnnotation?.typeAnnotation));
  }

  onAssignment(node: TSESTree.AssignmentExpression): void {
    if (node.operator !== '=') return;
    this.record(receiverKey(node.left), kindOfDeclaration(node.right));
  }

  onParameter(param: TSESTree.Parameter): void {
    const isProperty = param.type === 'TSParameterProperty';
    const inner = isProperty ? param.parameter : param;
    const id = inner.type === 'AssignmentPattern' ? inner.left : inner;
    if (id.type !== 'Identifier') return;
    this.record(id.name, kindOfDeclaration(null, id.typeAnnotation?.typeAnnotation), isProperty);
  }
}
