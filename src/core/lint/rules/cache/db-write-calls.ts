import type { TSESTree } from '@typescript-eslint/utils';
import type { ClientKind } from './client-declarations';
import { chainNames, chainWords, receiverOf, wordsOf } from './receiver-names';

type Node = TSESTree.Node;

// Names no in-memory structure, hash or HTTP client uses: Mongoose, MongoDB driver, Prisma, Sequelize, Kysely.
const UNAMBIGUOUS_WRITES = new Set([
  'updateOne', 'updateMany', 'deleteOne', 'deleteMany', 'insertOne', 'insertMany', 'replaceOne', 'bulkWrite',
  'findOneAndUpdate', 'findByIdAndUpdate', 'findOneAndDelete', 'findByIdAndDelete', 'findOneAndRemove',
  'findByIdAndRemove', 'findOneAndReplace', 'bulkCreate', 'bulkSave', 'createMany', 'createManyAndReturn',
  'updateManyAndReturn', 'upsert', 'softDelete', 'softRemove', '$executeRaw', '$executeRawUnsafe',
  'insertInto', 'updateTable', 'deleteFrom', 'replaceInto',
]);
// Names that are a DB write only on a receiver that looks like a database, model, repository or entity.
const AMBIGUOUS_WRITES = new Set(['create', 'update', 'delete', 'del', 'remove', 'save', 'insert', 'destroy', 'increment', 'decrement', 'restore']);
// Methods that run SQL given as text.
const RAW_SQL_METHODS = new Set([
  'query', 'execute', 'exec', 'run', 'raw', 'none', 'one', 'oneOrNone', 'many', 'manyOrNone', 'any', 'result',
  'unsafe', 'prepare', '$queryRaw', '$queryRawUnsafe', '$executeRawUnsafe', 'sql', 'all',
]);
// A query builder's terminal call writes when the chain started an update/insert/delete.
const BUILDER_WRITE_STEPS = new Set(['update', 'insert', 'delete', 'softDelete', 'restore', 'insertInto', 'updateTable', 'deleteFrom', 'into', 'del', 'onConflict', 'orIgnore', 'orUpdate', 'values']);

/** Whether a method name could be a DB write at all; the cheap first filter. */
export function isDbWriteMethodName(name: string): boolean {
  return UNAMBIGUOUS_WRITES.has(name) || AMBIGUOUS_WRITES.has(name) || RAW_SQL_METHODS.has(name);
}

const DB_WORDS = new Set([
  'prisma', 'knex', 'db', 'database', 'trx', 'tx', 'transaction', 'em', 'datasource', 'connection', 'conn', 'pool',
  'sequelize', 'mongoose', 'orm', 'repo', 'repository', 'repositories', 'model', 'models', 'dao', 'collection',
  'table', 'qb', 'querybuilder', 'createquerybuilder', 'queryrunner', 'drizzle', 'kysely', 'mongo', 'mongodb',
  'entitymanager', 'transactionalentitymanager', 'getrepository', 'getcustomrepository', 'getmanager', 'gettreerepository', 'getmongorepository',
]);
// Receivers that hash, sign or cache: `.update()`/`.delete()` on them is never a DB write.
const NEVER_DB_WORDS = new Set([
  'hash', 'hmac', 'hasher', 'cipher', 'decipher', 'digest', 'signer', 'md5', 'sha1', 'sha256', 'crc', 'checksum',
  'createhash', 'createhmac', 'createcipheriv', 'createdecipheriv', 'createsign', 'createverify', 'cache',
  'cachemanager', 'redis', 'keyv', 'ioredis', 'upstash', 'axios', 'stripe',
]);
// Receivers that usually hold in-memory or non-DB things, unless the chain also names a DB (`ctx.prisma`).
const USUALLY_NOT_DB_WORDS = new Set([
  'map', 'set', 'headers', 'params', 'searchparams', 'formdata', 'cookies', 'session', 'storage', 'object', 'reflect',
  'array', 'canvas', 'ctx', 'context', 'file', 'bucket', 'workbook', 'editor', 'progress', 'bar', 'spinner',
  'socket', 'stream', 'sign', 'verify', 'list', 'queue', 'emitter', 'state', 'store', 'config', 'settings',
]);
// Global constructors and namespaces whose capitalised names are not models.
const BUILTINS = new Set([
  'Object', 'Array', 'Reflect', 'Promise', 'Math', 'JSON', 'Date', 'Number', 'String', 'Buffer', 'Symbol', 'Map',
  'Set', 'WeakMap', 'WeakSet', 'URL', 'URLSearchParams', 'Intl', 'Atomics', 'Proxy', 'Error', 'Headers', 'FormData',
  'Stripe', 'React', 'Vue', 'Axios', 'Crypto', 'Hash', 'Hmac', 'Logger', 'Sentry', 'Cache', 'Redis', 'Keyv',
]);
// Capitalised classes that are not models: `GetUserCommand.create(...)`, `Metrics.increment(...)`, `UserDto.create`.
const NOT_MODEL_SUFFIXES = new Set([
  'command', 'commands', 'dto', 'query', 'event', 'events', 'factory', 'builder', 'error', 'exception', 'logger',
  'metrics', 'metric', 'schema', 'response', 'request', 'util', 'utils', 'helper', 'helpers', 'service', 'config',
  'options', 'validator', 'mapper', 'presenter', 'handler', 'controller', 'module', 'client', 'api', 'sdk', 'stats',
  'statsd', 'counter', 'gauge', 'histogram', 'tracer', 'span', 'context', 'vo', 'value', 'id', 'result',
]);
// TypeORM's `repository.create()` / `manager.create()` only builds an entity; the write is `save()`.
const TYPEORM_BUILDERS = new Set(['repo', 'repository', 'manager', 'em', 'entitymanager', 'getrepository', 'datasource', 'transactionalentitymanager']);

const WRITE_SQL = /^\s*(?:\/\*[\s\S]*?\*\/\s*|--[^\n]*\n\s*)*(?:with\b[\s\S]*?\)\s*)?(?:insert\s+(?:ignore\s+)?into|update\s+[\w"`.[\]]+\s+(?:as\s+\w+\s+)?set\b|update\s+[\w"`.[\]]+\s*$|delete\s+from|replace\s+into|merge\s+into|upsert\s+into|truncate\b)/i;

/** Whether SQL text (a string or a template's fixed parts) writes rows. */
export function isWriteSql(text: string): boolean {
  return WRITE_SQL.test(text);
}

/** The literal SQL text an argument carries, resolving a flow-local `const sql = '...'`. */
export function sqlTextOf(node: Node | undefined, resolve: (id: TSESTree.Identifier) => Node | undefined, depth = 0): string | null {
  if (!node || depth > 3) return null;
  switch (node.type) {
    case 'Literal':
      return typeof node.value === 'string' ? node.value : null;
    case 'TemplateLiteral':
      return node.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? ');
    case 'TaggedTemplateExpression':
      return sqlTextOf(node.quasi, resolve, depth + 1);
    case 'Identifier':
      return sqlTextOf(resolve(node), resolve, depth + 1);
    case 'ObjectExpression': {
      // pg's `client.query({ text, values })`
      for (const prop of node.properties) {
        if (prop.type === 'Property' && prop.key.type === 'Identifier' && (prop.key.name === 'text' || prop.key.name === 'sql')) {
          return sqlTextOf(prop.value, resolve, depth + 1);
        }
      }
      return null;
    }
    case 'BinaryExpression':
      return node.operator === '+' ? sqlTextOf(node.left as Node, resolve, depth + 1) : null;
    default:
      return null;
  }
}

/**
 * Whether a call writes to a database: Prisma, TypeORM, Knex, Sequelize, Mongoose/MongoDB, Kysely, Drizzle,
 * or raw INSERT/UPDATE/DELETE SQL. `entityVar` says whether an identifier was bound from a DB read
 * (`const user = await User.findByPk(id)`), which makes `user.update()` a Sequelize write; `declared` what the file
 * declares the receiver as (`private users: Repository<User>` → db, `private store: Keyv` → not a DB).
 */
export function isDbWriteCall(
  call: TSESTree.CallExpression,
  method: string,
  resolve: (id: TSESTree.Identifier) => Node | undefined,
  entityVar: (id: TSESTree.Identifier) => boolean,
  extraDbNames: ReadonlySet<string>,
  declared: (receiver: Node) => ClientKind | null,
): boolean {
  const receiver = receiverOf(call);
  if (RAW_SQL_METHODS.has(method)) {
    const sql = sqlTextOf(call.arguments[0] as Node | undefined, resolve);
    if (sql !== null) return isWriteSql(sql);
    if (method !== 'execute' && method !== 'exec' && method !== 'run') return false;
    // `qb.update(User).set({...}).where(...).execute()`; `.exec()` after Mongoose writes is caught at the write itself.
    return (
      receiver !== null &&
      receiver.type === 'CallExpression' &&
      chainNames(receiver).some((n) => BUILDER_WRITE_STEPS.has(n)) &&
      (looksLikeDb(chainWords(receiver), extraDbNames) || namesEntityManager(receiver))
    );
  }
  // A class's own `this.deleteMany()` (a cache or store implementing the same method names) is not a DB.
  if (!receiver || receiver.type === 'ThisExpression') return false;
  const kind = declared(receiver);
  if (kind && kind !== 'db') return false;
  if (receiver.type === 'Identifier' && /^[A-Z]/.test(receiver.name) && NOT_MODEL_SUFFIXES.has(wordsOf(receiver.name).pop() ?? '')) return false;
  const words = chainWords(receiver);
  const dbNamed = looksLikeDb(words, extraDbNames) || namesEntityManager(receiver) || kind === 'db';
  if ([...words].some((w) => NEVER_DB_WORDS.has(w))) return false;
  if (!dbNamed && [...words].some((w) => USUALLY_NOT_DB_WORDS.has(w))) return false;
  if (UNAMBIGUOUS_WRITES.has(method)) return true;
  if (!AMBIGUOUS_WRITES.has(method)) return false;
  if (method === 'create' && [...words].some((w) => TYPEORM_BUILDERS.has(w)) && !isPrismaModel(receiver)) return false;
  if (method === 'del' || method === 'delete') {
    // Knex `.del()` hangs off `knex('users').where(...)`; a bare `x.del()` is not a DB.
    if (method === 'del' && receiver.type !== 'CallExpression') return false;
  }
  if (dbNamed) return true;
  if (receiver.type === 'Identifier') {
    if (/^[A-Z]/.test(receiver.name) && !BUILTINS.has(receiver.name)) return method !== 'del';
    if (method === 'save') return true;
    return ['update', 'destroy', 'remove', 'increment', 'decrement', 'restore', 'delete'].includes(method) && entityVar(receiver);
  }
  // `req.user.save()`, `this.order.save()`: an Active Record / Mongoose document.
  return method === 'save' && receiver.type === 'MemberExpression';
}

function looksLikeDb(words: Set<string>, extraDbNames: ReadonlySet<string>): boolean {
  return [...words].some((w) => DB_WORDS.has(w) || extraDbNames.has(w));
}

/** TypeORM's entity manager goes by `manager`/`em`; `stateManager` is not one, so only whole names count. */
function namesEntityManager(receiver: Node): boolean {
  return chainNames(receiver).some((n) => n === 'manager' || n === 'em' || /EntityManager$/.test(n));
}

/** `prisma.user`, `tx.order`, `this.prisma.post`: a Prisma model delegate. */
function isPrismaModel(receiver: Node): boolean {
  if (receiver.type !== 'MemberExpression' || receiver.computed) return false;
  const words = chainWords(receiver.object);
  return words.has('prisma') || words.has('tx') || words.has('trx') || words.has('db');
}

/** Whether a tagged template runs write SQL (`` prisma.$executeRaw`UPDATE …` ``, `` sql`delete from …` ``). */
export function isDbWriteTaggedTemplate(node: TSESTree.TaggedTemplateExpression): boolean {
  return isWriteSql(node.quasi.quasis.map((q) => q.value.cooked ?? q.value.raw).join(' ? '));
}

/** Whether a DB read bound this value, so methods on it act on a row (`const user = await User.findByPk(id)`). */
export function isEntityInit(init: Node | null | undefined): boolean {
  let expr = init;
  while (expr && (expr.type === 'AwaitExpression' || expr.type === 'TSAsExpression' || expr.type === 'TSNonNullExpression')) {
    expr = expr.type === 'AwaitExpression' ? expr.argument : expr.expression;
  }
  if (!expr) return false;
  if (expr.type === 'NewExpression') return expr.callee.type === 'Identifier' && /^[A-Z]/.test(expr.callee.name) && !BUILTINS.has(expr.callee.name);
  if (expr.type !== 'CallExpression') return false;
  const names = chainNames(expr.callee);
  const method = names[0] ?? '';
  return /^(find|create|build|get|fetch|load|upsert|findOrCreate)/.test(method) && names.length > 1;
}
