// no-unsafe-lock-release through typescript-eslint's RuleTester (real ESLint Linter, real parser), wired to node:test.
import { after, describe, it } from 'node:test';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule, { type MessageId, type Options } from '../../src/core/lint/rules/no-unsafe-lock-release';

RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester();
// rule-tester bundles its own copy of @typescript-eslint/utils' types: same shape, distinct declarations.
// Cast through the tester's own rule type so messageIds and options stay checked.
const testedRule = rule as unknown as Parameters<typeof ruleTester.run<MessageId, [Options]>>[1];

// What the compare-and-delete suggestion inserts, spelled out here so a wrong script fails the test.
const SCRIPT =
  `// Deletes the lock only while it still holds this owner's token (compare-and-delete, atomic in Redis).\n` +
  `const RELEASE_LOCK_SCRIPT =\n` +
  `  'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';`;
const IOREDIS = `import Redis from 'ioredis';\nconst redis = new Redis();`;
/** IOREDIS after a compare-and-delete suggestion: the script goes right after the imports. */
const IOREDIS_FIXED = `import Redis from 'ioredis';\n\n${SCRIPT}\nconst redis = new Redis();`;

ruleTester.run('no-unsafe-lock-release', testedRule, {
  valid: [
    // --- compare-and-delete releases: Lua via eval / evalsha / defineCommand / scriptLoad
    `${IOREDIS}
const UNLOCK = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';
export async function withLock(key: string, fn: () => Promise<void>) {
  const token = crypto.randomUUID();
  if (!(await redis.set(key, token, 'PX', 30000, 'NX'))) return;
  try { await fn(); } finally { await redis.eval(UNLOCK, 1, key, token); }
}`,
    `${IOREDIS}
let sha: string;
export async function lock(key: string, token: string) { return redis.set(key, token, 'NX', 'EX', 30); }
export async function unlock(key: string, token: string) { return redis.evalsha(sha, 1, key, token); }`,
    `${IOREDIS}
redis.defineCommand('releaseLock', { numberOfKeys: 1, lua: UNLOCK_LUA });
export async function run(id: string) {
  const token = randomUUID();
  await redis.set(\`lock:\${id}\`, token, 'PX', 10000, 'NX');
  await (redis as any).releaseLock(\`lock:\${id}\`, token);
}`,
    `${IOREDIS}
const sha = await redis.script('LOAD', UNLOCK_LUA);
const token = randomUUID();
await redis.set('lock:report', token, 'NX', 'PX', 60000);
await redis.evalsha(sha, 1, 'lock:report', token);`,
    `import { createClient } from 'redis';
const client = createClient();
const token = crypto.randomUUID();
await client.set('lock:invoices', token, { NX: true, PX: 30000 });
await client.eval(UNLOCK_LUA, { keys: ['lock:invoices'], arguments: [token] });`,
    `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
const token = crypto.randomUUID();
await redis.set('lock:cron', token, { nx: true, ex: 60 });
await redis.eval(UNLOCK_LUA, ['lock:cron'], [token]);`,
    `import { createClient } from 'redis';
const client = createClient();
await client.set(key, token, { condition: 'NX', expiration: { type: 'PX', value: 30000 } });
await client.eval(UNLOCK_LUA, { keys: [key], arguments: [token] });`,
    `${IOREDIS}
await redis.set(lockKey, token, 'nx', 'px', 5000);
await redis.eval(UNLOCK_LUA, 1, lockKey, token);`,
    // --- WATCH / MULTI / EXEC compare-and-delete
    `${IOREDIS}
export async function release(key: string, token: string) {
  await redis.watch(key);
  if ((await redis.get(key)) !== token) { await redis.unwatch(); return false; }
  const res = await redis.multi().del(key).exec();
  return res !== null;
}
export async function acquire(key: string, token: string) { return redis.set(key, token, 'PX', 1000, 'NX'); }`,
    `${IOREDIS}
export async function release(key: string, token: string) {
  await redis.watch(key);
  const holder = await redis.get(key);
  if (holder !== token) return redis.unwatch();
  const tx = redis.multi();
  tx.del(key);
  return tx.exec();
}
export async function acquire(key: string, token: string) { return redis.set(key, token, 'PX', 1000, 'NX'); }`,
    `import { createClient } from 'redis';
const client = createClient();
export async function acquireLock(key: string, token: string) { return client.set(key, token, { NX: true, PX: 5000 }); }
export async function releaseLock(key: string, token: string) {
  await client.executeIsolated(async (isolated) => {
    await isolated.watch(key);
    if ((await isolated.get(key)) === token) await isolated.multi().del(key).exec();
  });
}`,
    // --- DELEX (Redis 8.4) and DELIFEQ (Valkey 9)
    `${IOREDIS}
await redis.set('lock:sync', token, 'NX', 'PX', 10000);
await redis.call('DELEX', 'lock:sync', 'IFEQ', token);`,
    `import { createClient } from 'redis';
const client = createClient();
await client.set('lock:sync', token, { NX: true, PX: 10000 });
await client.sendCommand(['DELEX', 'lock:sync', 'IFEQ', token]);`,
    `import { createClient } from 'redis';
const client = createClient();
await client.set('lock:sync', token, { NX: true, PX: 10000 });
await client.sendCommand(['DELIFEQ', 'lock:sync', token]);`,
    // --- redlock
    `import Redlock from 'redlock';
const redlock = new Redlock([redis]);
const lock = await redlock.acquire(['lock:checkout'], 5000);
try { await checkout(); } finally { await lock.release(); }`,
    `import Redlock from 'redlock';
const redlock = new Redlock([redis], { retryCount: 10 });
await redlock.using([\`lock:\${orderId}\`], 5000, async (signal) => { await ship(orderId, signal); });`,
    `const lock = await redlock.lock('locks:account:' + id, 1000);
await transfer();
await lock.unlock();`,
    `await redlock.release(lock);`,
    // --- ordinary cache keys
    `${IOREDIS}
export async function updateUser(id: string, data: object) {
  await db.user.update({ where: { id }, data });
  await redis.del(\`user:\${id}\`);
}`,
    `${IOREDIS}
export async function getProduct(id: string) {
  const hit = await redis.get(\`product:\${id}\`);
  if (hit) return JSON.parse(hit);
  const row = await db.product.findUnique({ where: { id } });
  await redis.set(\`product:\${id}\`, JSON.stringify(row), 'EX', 300);
  return row;
}
export async function invalidate(id: string) { await redis.del(\`product:\${id}\`); }`,
    `${IOREDIS}
const token = crypto.randomUUID();
await redis.set('lock:digest', token, 'NX', 'PX', 60000);
await redis.eval(UNLOCK_LUA, 1, 'lock:digest', token);
await redis.del('leaderboard:weekly');
await redis.unlink(\`feed:\${userId}\`);`,
    // --- SET NX markers that are never deleted: idempotency, replay protection, rate limits
    `${IOREDIS}
export async function handleWebhook(eventId: string) {
  const first = await redis.set(\`idempotency:\${eventId}\`, '1', 'EX', 86400, 'NX');
  if (!first) return 'duplicate';
  return process(eventId);
}`,
    `import { createClient } from 'redis';
const client = createClient();
export async function checkNonce(nonce: string) {
  const fresh = await client.set(\`replay:\${nonce}\`, '1', { NX: true, EX: 300 });
  if (fresh === null) throw new Error('replayed request');
}`,
    `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function hit(ip: string) {
  await redis.set(\`rl:\${ip}\`, 0, { nx: true, ex: 60 });
  return redis.incr(\`rl:\${ip}\`);
}`,
    `${IOREDIS}
await redis.setnx(\`seen:\${messageId}\`, '1');`,
    `${IOREDIS}
export async function blockUser(id: string) { await redis.set(\`blockedUsers:\${id}\`, '1', 'NX', 'EX', 3600); }`,
    // --- force-unlock of a lock with no acquisition in this file (admin tooling)
    `${IOREDIS}
export async function runDigest(token: string) {
  await redis.set('lock:digest', token, 'NX', 'PX', 60000);
  await redis.eval(UNLOCK_LUA, 1, 'lock:digest', token);
}
export async function clearStuckImport() { await redis.del('lock:import'); }`,
    `${IOREDIS}
export async function forceUnlock(jobId: string) { await redis.del(\`lock:job:\${jobId}\`); }`,
    `import { createClient } from 'redis';
const client = createClient();
app.post('/admin/locks/:name/clear', async (req, res) => { await client.unlink(\`lock:\${req.params.name}\`); res.sendStatus(204); });`,
    // --- a lock that only expires (nobody deletes it): unique token, expiry, fine
    `${IOREDIS}
export async function tryLeader(nodeId: string) { return (await redis.set('leader:scheduler', nodeId, 'PX', 15000, 'NX')) === 'OK'; }`,
    `${IOREDIS}
export async function tryLock(key: string) { return redis.set(key, \`\${process.pid}:\${Date.now()}\`, 'EX', 30, 'NX'); }`,
    // --- look-alikes that are not Redis
    `const cache = new Map<string, string>();
cache.set('lock', 'NX');
cache.delete('lock');`,
    `res.set('X-Lock', 'NX');
headers.set('lock', '1');`,
    `await knex('locks').where({ name }).del();`,
    `${IOREDIS}
await redis.set('lock:file', token, 'NX', 'PX', 1000);
await redis.eval(UNLOCK_LUA, 1, 'lock:file', token);
await fs.promises.unlink('/var/run/app.lock');
fs.unlink(lockPath, () => {});`,
    `fn.call(this, 'del', lockKey);`,
    `const lockKey = 'lock:x';
store.get(lockKey);
store.del(lockKey);`,
    // --- options we cannot read: stay quiet
    `${IOREDIS}
export async function lock(key: string, token: string, ...mode: string[]) { return redis.set(key, token, ...mode); }
export async function unlock(key: string) { return redis.del(key); }`,
    `${IOREDIS}
export async function lock(key: string, token: string, opts: SetOptions) { return redis.set(key, token, opts); }
export async function unlock(key: string) { return redis.del(key); }`,
    `import { createClient } from 'redis';
const client = createClient();
export async function lock(key: string, token: string, ttl: Record<string, number>) { return client.set(key, token, { NX: true, ...ttl }); }`,
    // --- SETNX and EXPIRE queued in one MULTI run atomically
    `${IOREDIS}
export async function acquireLock(key: string, token: string) {
  const [[, ok]] = (await redis.multi().setnx(key, token).expire(key, 30).exec())!;
  return ok === 1;
}`,
    // --- a lock status read with no release
    `${IOREDIS}
export async function isLocked(id: string) { return (await redis.get(\`lock:\${id}\`)) !== null; }
export async function lock(id: string, token: string) { return redis.set(\`lock:\${id}\`, token, 'NX', 'PX', 2000); }`,
    // --- SET NX + DEL that are not locks: different functions, no lock in the names
    `${IOREDIS}
export async function createSession(sid: string, user: string) { await redis.set(\`sess:\${sid}\`, user, 'EX', 3600, 'NX'); }
export async function destroySession(sid: string) { await redis.del(\`sess:\${sid}\`); }`,
    `${IOREDIS}
export async function lockOut(userId: string) { await redis.set(\`login:locked:\${userId}\`, '1', 'EX', 900, 'NX'); }
export async function unlockAccount(userId: string) { await redis.del(\`login:locked:\${userId}\`); }`,
    `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function claimUsername(name: string, id: string) { return redis.setnx(\`username:\${name}\`, id); }
export async function releaseUsername(name: string) { await redis.del(\`username:\${name}\`); }`,
    `${IOREDIS}
export async function acquireLock(prefix: string, id: string, token: string) {
  return redis.set(\`\${prefix}\${id}\`, token, 'PX', 1000, 'NX');
}
export async function evict(cachePrefix: string, id: string) { await redis.del(\`\${cachePrefix}\${id}\`); }`,
    // --- user-configured words: 'baton' is this team's word for a lock, but here it is released safely
    {
      code: `${IOREDIS}
await redis.set('baton:relay', token, 'NX', 'PX', 1000);
await redis.eval(UNLOCK_LUA, 1, 'baton:relay', token);`,
      options: [{ extraLockWords: ['baton'] }],
    },
  ],
  invalid: [
    // --- unsafeRelease: DEL/UNLINK of a key taken with SET NX, one per client style
    {
      code: `${IOREDIS}
export async function withOrderLock(orderId: string, fn: () => Promise<void>) {
  const key = \`lock:order:\${orderId}\`;
  const token = crypto.randomUUID();
  if (!(await redis.set(key, token, 'PX', 30000, 'NX'))) throw new Error('busy');
  try { await fn(); } finally { await redis.del(key); }
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 7,
          data: { method: 'del', key: 'key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function withOrderLock(orderId: string, fn: () => Promise<void>) {
  const key = \`lock:order:\${orderId}\`;
  const token = crypto.randomUUID();
  if (!(await redis.set(key, token, 'PX', 30000, 'NX'))) throw new Error('busy');
  try { await fn(); } finally { await redis.eval(RELEASE_LOCK_SCRIPT, 1, key, token); }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import IORedis from 'ioredis';
const conn = new IORedis(process.env.REDIS_URL!);
export async function runNightly(token: string) {
  const ok = await conn.set('cron:nightly:lock', token, 'EX', 600, 'NX');
  if (ok !== 'OK') return;
  await work();
  await conn.unlink('cron:nightly:lock');
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 7,
          data: { method: 'unlink', key: "'cron:nightly:lock'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `import IORedis from 'ioredis';

${SCRIPT}
const conn = new IORedis(process.env.REDIS_URL!);
export async function runNightly(token: string) {
  const ok = await conn.set('cron:nightly:lock', token, 'EX', 600, 'NX');
  if (ok !== 'OK') return;
  await work();
  await conn.eval(RELEASE_LOCK_SCRIPT, 1, 'cron:nightly:lock', token);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
export async function settle(id: string) {
  const lockKey = \`settle:\${id}:lock\`;
  const owner = crypto.randomUUID();
  const acquired = await client.set(lockKey, owner, { NX: true, PX: 15000 });
  if (!acquired) return;
  try { await doSettle(id); } finally { await client.del(lockKey); }
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 8,
          data: { method: 'del', key: 'lockKey' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'owner' },
              output: `import { createClient } from 'redis';

${SCRIPT}
const client = createClient();
export async function settle(id: string) {
  const lockKey = \`settle:\${id}:lock\`;
  const owner = crypto.randomUUID();
  const acquired = await client.set(lockKey, owner, { NX: true, PX: 15000 });
  if (!acquired) return;
  try { await doSettle(id); } finally { await client.eval(RELEASE_LOCK_SCRIPT, { keys: [lockKey], arguments: [owner] }); }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
export async function rebuild(token: string) {
  await client.set('mutex:index', token, { condition: 'NX', expiration: { type: 'PX', value: 30000 } });
  await reindex();
  await client.del(['mutex:index']);
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 6,
          data: { method: 'del', key: "'mutex:index'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `import { createClient } from 'redis';

${SCRIPT}
const client = createClient();
export async function rebuild(token: string) {
  await client.set('mutex:index', token, { condition: 'NX', expiration: { type: 'PX', value: 30000 } });
  await reindex();
  await client.eval(RELEASE_LOCK_SCRIPT, { keys: ['mutex:index'], arguments: [token] });
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export async function POST(req: Request) {
  const id = crypto.randomUUID();
  const got = await redis.set('lock:publish', id, { nx: true, ex: 30 });
  if (!got) return new Response('busy', { status: 409 });
  try { return await publish(req); } finally { await redis.del('lock:publish'); }
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 7,
          data: { method: 'del', key: "'lock:publish'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'id' },
              output: `import { Redis } from '@upstash/redis';

${SCRIPT}
const redis = Redis.fromEnv();
export async function POST(req: Request) {
  const id = crypto.randomUUID();
  const got = await redis.set('lock:publish', id, { nx: true, ex: 30 });
  if (!got) return new Response('busy', { status: 409 });
  try { return await publish(req); } finally { await redis.eval(RELEASE_LOCK_SCRIPT, ['lock:publish'], [id]); }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `${IOREDIS}
export async function step(token: string) {
  await redis.call('SET', 'lock:step', token, 'NX', 'PX', 2000);
  await redis.call('DEL', 'lock:step');
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 5,
          data: { method: 'del', key: "'lock:step'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function step(token: string) {
  await redis.call('SET', 'lock:step', token, 'NX', 'PX', 2000);
  await redis.call('EVAL', RELEASE_LOCK_SCRIPT, 1, 'lock:step', token);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
export async function step(token: string) {
  await client.sendCommand(['SET', 'lock:step', token, 'NX', 'PX', '2000']);
  await client.sendCommand(['DEL', 'lock:step']);
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 5,
          data: { method: 'del', key: "'lock:step'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `import { createClient } from 'redis';

${SCRIPT}
const client = createClient();
export async function step(token: string) {
  await client.sendCommand(['SET', 'lock:step', token, 'NX', 'PX', '2000']);
  await client.sendCommand(['EVAL', RELEASE_LOCK_SCRIPT, '1', 'lock:step', token]);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `const redis = require('redis');
const client = redis.createClient();
function job(token, done) {
  client.send_command('set', ['lock:job', token, 'NX', 'EX', 60], () => {
    client.send_command('del', ['lock:job'], done);
  });
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 5,
          data: { method: 'del', key: "'lock:job'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `const redis = require('redis');

${SCRIPT}
const client = redis.createClient();
function job(token, done) {
  client.send_command('set', ['lock:job', token, 'NX', 'EX', 60], () => {
    client.send_command('EVAL', [RELEASE_LOCK_SCRIPT, 1, 'lock:job', token], done);
  });
}`,
            },
          ],
        },
      ],
    },
    // --- module-level acquireLock / releaseLock helpers
    {
      code: `${IOREDIS}
export async function acquireLock(key: string, token: string, ttlMs = 10000) {
  return (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK';
}
export async function releaseLock(key: string, token: string) {
  await redis.del(key);
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 7,
          data: { method: 'del', key: 'key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function acquireLock(key: string, token: string, ttlMs = 10000) {
  return (await redis.set(key, token, 'PX', ttlMs, 'NX')) === 'OK';
}
export async function releaseLock(key: string, token: string) {
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, key, token);
}`,
            },
          ],
        },
      ],
    },
    {
      // the release helper has no token parameter: flagged, but no suggestion can name the token
      code: `${IOREDIS}
export const acquireLock = (name: string, owner: string) => redis.set(\`lock:\${name}\`, owner, 'EX', 30, 'NX');
export const releaseLock = (name: string) => redis.del(\`lock:\${name}\`);`,
      errors: [{ messageId: 'unsafeRelease', line: 4, data: { method: 'del', key: '`lock:${name}`' }, suggestions: [] }],
    },
    // --- a lock class
    {
      code: `import type Redis from 'ioredis';
export class RedisLock {
  private readonly token = crypto.randomUUID();
  constructor(private readonly redis: Redis, private readonly key: string) {}
  async acquire(ttlMs: number) { return (await this.redis.set(this.key, this.token, 'PX', ttlMs, 'NX')) === 'OK'; }
  async release() { await this.redis.del(this.key); }
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 6,
          data: { method: 'del', key: 'this.key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'this.token' },
              output: `import type Redis from 'ioredis';

${SCRIPT}
export class RedisLock {
  private readonly token = crypto.randomUUID();
  constructor(private readonly redis: Redis, private readonly key: string) {}
  async acquire(ttlMs: number) { return (await this.redis.set(this.key, this.token, 'PX', ttlMs, 'NX')) === 'OK'; }
  async release() { await this.redis.eval(RELEASE_LOCK_SCRIPT, 1, this.key, this.token); }
}`,
            },
          ],
        },
      ],
    },
    // --- checkThenDelete: GET, compare, then DEL
    {
      code: `${IOREDIS}
export async function lock(key: string, token: string) { return redis.set(key, token, 'NX', 'PX', 5000); }
export async function unlock(key: string, token: string) {
  if ((await redis.get(key)) === token) {
    await redis.del(key);
  }
}`,
      errors: [
        {
          messageId: 'checkThenDelete',
          line: 6,
          data: { method: 'del', key: 'key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function lock(key: string, token: string) { return redis.set(key, token, 'NX', 'PX', 5000); }
export async function unlock(key: string, token: string) {
  if ((await redis.get(key)) === token) {
    await redis.eval(RELEASE_LOCK_SCRIPT, 1, key, token);
  }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
export async function withJobLock(jobId: string, run: () => Promise<void>) {
  const key = \`job-lock:\${jobId}\`;
  const me = \`\${process.pid}-\${crypto.randomUUID()}\`;
  if (!(await client.set(key, me, { NX: true, EX: 60 }))) return;
  try { await run(); } finally {
    const holder = await client.get(key);
    if (holder === me) await client.del(key);
  }
}`,
      errors: [
        {
          messageId: 'checkThenDelete',
          line: 9,
          data: { method: 'del', key: 'key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'me' },
              output: `import { createClient } from 'redis';

${SCRIPT}
const client = createClient();
export async function withJobLock(jobId: string, run: () => Promise<void>) {
  const key = \`job-lock:\${jobId}\`;
  const me = \`\${process.pid}-\${crypto.randomUUID()}\`;
  if (!(await client.set(key, me, { NX: true, EX: 60 }))) return;
  try { await run(); } finally {
    const holder = await client.get(key);
    if (holder === me) await client.eval(RELEASE_LOCK_SCRIPT, { keys: [key], arguments: [me] });
  }
}`,
            },
          ],
        },
      ],
    },
    {
      // MULTI without WATCH compares nothing: the GET still races the DEL
      code: `${IOREDIS}
export async function acquire(key: string, token: string) { return redis.set(key, token, 'PX', 1000, 'NX'); }
export async function release(key: string, token: string) {
  if ((await redis.get(key)) !== token) return;
  await redis.multi().del(key).exec();
}`,
      errors: [
        {
          messageId: 'checkThenDelete',
          line: 6,
          data: { method: 'del', key: 'key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function acquire(key: string, token: string) { return redis.set(key, token, 'PX', 1000, 'NX'); }
export async function release(key: string, token: string) {
  if ((await redis.get(key)) !== token) return;
  await redis.multi().eval(RELEASE_LOCK_SCRIPT, 1, key, token).exec();
}`,
            },
          ],
        },
      ],
    },
    // --- constantLockValue: the unique-token suggestion, in each place a token can come from
    {
      code: `${IOREDIS}
export async function rebuildSearchIndex() {
  const ok = await redis.set('lock:search-index', '1', 'EX', 300, 'NX');
  if (!ok) return;
  await rebuild();
}`,
      errors: [
        {
          messageId: 'constantLockValue',
          line: 4,
          data: { key: "'lock:search-index'", value: "'1'" },
          suggestions: [
            {
              messageId: 'suggestUniqueToken',
              data: { replacement: 'lockToken = crypto.randomUUID()' },
              output: `${IOREDIS}
export async function rebuildSearchIndex() {
  const lockToken = crypto.randomUUID();
  const ok = await redis.set('lock:search-index', lockToken, 'EX', 300, 'NX');
  if (!ok) return;
  await rebuild();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
const redis = new Redis();
const LOCKED = 'locked';
export async function sync() {
  if (await redis.set('mutex:sync', LOCKED, 'NX', 'PX', 10000)) await pull();
}`,
      errors: [
        {
          messageId: 'constantLockValue',
          line: 6,
          data: { key: "'mutex:sync'", value: 'LOCKED' },
          suggestions: [
            {
              messageId: 'suggestUniqueToken',
              data: { replacement: 'lockToken = randomUUID()' },
              output: `import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';
const redis = new Redis();
const LOCKED = 'locked';
export async function sync() {
  const lockToken = randomUUID();
  if (await redis.set('mutex:sync', lockToken, 'NX', 'PX', 10000)) await pull();
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import * as nodeCrypto from 'crypto';
import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export const tryLead = () => redis.set('leader:billing', true, { nx: true, px: 20000 });`,
      errors: [
        {
          messageId: 'constantLockValue',
          line: 4,
          data: { key: "'leader:billing'", value: 'true' },
          suggestions: [
            {
              messageId: 'suggestUniqueToken',
              data: { replacement: 'nodeCrypto.randomUUID()' },
              output: `import * as nodeCrypto from 'crypto';
import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
export const tryLead = () => redis.set('leader:billing', nodeCrypto.randomUUID(), { nx: true, px: 20000 });`,
            },
          ],
        },
      ],
    },
    {
      code: `${IOREDIS}
export async function lease(crypto: Hasher) {
  const ok = await redis.set(\`lease:\${crypto.id}\`, \`held\`, 'PX', 8000, 'NX');
  return ok === 'OK';
}`,
      errors: [
        {
          messageId: 'constantLockValue',
          line: 4,
          data: { key: '`lease:${crypto.id}`', value: '`held`' },
          suggestions: [
            {
              messageId: 'suggestUniqueToken',
              data: { replacement: 'lockToken = globalThis.crypto.randomUUID()' },
              output: `${IOREDIS}
export async function lease(crypto: Hasher) {
  const lockToken = globalThis.crypto.randomUUID();
  const ok = await redis.set(\`lease:\${crypto.id}\`, lockToken, 'PX', 8000, 'NX');
  return ok === 'OK';
}`,
            },
          ],
        },
      ],
    },
    {
      // the seed's bug: constant value AND an unconditional delete; the DEL has no token to compare with
      code: `import { createClient } from 'redis';
const client = createClient();
export async function seckill(req: { seckillId: string }) {
  const key = 'seckill-lock:' + req.seckillId;
  try {
    const flag = await client.set(key, 'val', { NX: true, EX: 10 });
    if (flag) await order(req);
  } finally {
    await client.del(key);
  }
}`,
      errors: [
        {
          messageId: 'constantLockValue',
          line: 6,
          data: { key: 'key', value: "'val'" },
          suggestions: [
            {
              messageId: 'suggestUniqueToken',
              data: { replacement: 'lockToken = crypto.randomUUID()' },
              output: `import { createClient } from 'redis';
const client = createClient();
export async function seckill(req: { seckillId: string }) {
  const key = 'seckill-lock:' + req.seckillId;
  try {
    const lockToken = crypto.randomUUID();
    const flag = await client.set(key, lockToken, { NX: true, EX: 10 });
    if (flag) await order(req);
  } finally {
    await client.del(key);
  }
}`,
            },
          ],
        },
        { messageId: 'unsafeRelease', line: 9, data: { method: 'del', key: 'key' }, suggestions: [] },
      ],
    },
    // --- missingExpiry
    {
      code: `${IOREDIS}
export async function acquireLock(name: string, token: string) {
  return (await redis.set(\`lock:\${name}\`, token, 'NX')) === 'OK';
}`,
      errors: [{ messageId: 'missingExpiry', line: 4, data: { key: '`lock:${name}`', method: 'SET … NX', expireMethod: '' } }],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
const opts = { NX: true };
export async function lockAccount(id: string, token: string) { return client.set(\`account:\${id}:mutex\`, token, opts); }`,
      errors: [
        { messageId: 'missingExpiry', line: 4, data: { key: '`account:${id}:mutex`', method: 'SET … NX', expireMethod: '' } },
      ],
    },
    {
      code: `${IOREDIS}
export async function lock(resource: string, owner: string) { return redis.setnx(\`locks:\${resource}\`, owner); }`,
      errors: [{ messageId: 'missingExpiry', line: 3, data: { key: '`locks:${resource}`', method: 'SETNX', expireMethod: '' } }],
    },
    // --- nonAtomicExpiry: SETNX (or SET NX) then a separate EXPIRE
    {
      code: `${IOREDIS}
export async function acquireLock(key: string, token: string, ttl: number) {
  const ok = await redis.setnx(key, token);
  if (ok === 1) await redis.expire(key, ttl);
  return ok === 1;
}`,
      errors: [{ messageId: 'nonAtomicExpiry', line: 4, data: { key: 'key', method: 'SETNX', expireMethod: 'EXPIRE' } }],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
export async function lockCart(cartId: string, token: string) {
  const lockKey = \`cart:\${cartId}:lock\`;
  const ok = await client.SETNX(lockKey, token);
  if (ok) await client.pExpire(lockKey, 5000);
  return ok;
}`,
      errors: [{ messageId: 'nonAtomicExpiry', line: 5, data: { key: 'lockKey', method: 'SETNX', expireMethod: 'PEXPIRE' } }],
    },
    {
      code: `${IOREDIS}
export async function electLeader(node: string) {
  const won = await redis.set('leader', node, 'NX');
  await redis.pexpire('leader', 15000);
  return won;
}`,
      errors: [{ messageId: 'nonAtomicExpiry', line: 4, data: { key: "'leader'", method: 'SET … NX', expireMethod: 'PEXPIRE' } }],
    },
    // --- key spelled two ways, upper-case node-redis methods, an express handler
    {
      code: `${IOREDIS}
export async function payout(id: string, token: string) {
  await redis.set(\`lock:payout:\${id}\`, token, 'PX', 5000, 'NX');
  await pay(id);
  await redis.del('lock:payout:' + id);
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 6,
          data: { method: 'del', key: "'lock:payout:' + id" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function payout(id: string, token: string) {
  await redis.set(\`lock:payout:\${id}\`, token, 'PX', 5000, 'NX');
  await pay(id);
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, 'lock:payout:' + id, token);
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import { createClient } from 'redis';
const client = createClient();
const KEY = 'import-lock';
export async function runImport(token: string) {
  if (!(await client.SET(KEY, token, { NX: true, PX: 60000 }))) return;
  try { await importAll(); } finally { await client.DEL(KEY); }
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 6,
          data: { method: 'DEL', key: 'KEY' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `import { createClient } from 'redis';

${SCRIPT}
const client = createClient();
const KEY = 'import-lock';
export async function runImport(token: string) {
  if (!(await client.SET(KEY, token, { NX: true, PX: 60000 }))) return;
  try { await importAll(); } finally { await client.eval(RELEASE_LOCK_SCRIPT, { keys: [KEY], arguments: [token] }); }
}`,
            },
          ],
        },
      ],
    },
    {
      code: `import express from 'express';
import Redis from 'ioredis';
const redis = new Redis();
const app = express();
app.post('/orders/:id/pay', async (req, res) => {
  const lockKey = \`order:\${req.params.id}:lock\`;
  const token = crypto.randomUUID();
  if (!(await redis.set(lockKey, token, 'EX', 10, 'NX'))) return res.status(409).end();
  try { res.json(await charge(req.params.id)); } finally { redis.del(lockKey); }
});`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 9,
          data: { method: 'del', key: 'lockKey' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `import express from 'express';
import Redis from 'ioredis';

${SCRIPT}
const redis = new Redis();
const app = express();
app.post('/orders/:id/pay', async (req, res) => {
  const lockKey = \`order:\${req.params.id}:lock\`;
  const token = crypto.randomUUID();
  if (!(await redis.set(lockKey, token, 'EX', 10, 'NX'))) return res.status(409).end();
  try { res.json(await charge(req.params.id)); } finally { redis.eval(RELEASE_LOCK_SCRIPT, 1, lockKey, token); }
});`,
            },
          ],
        },
      ],
    },
    {
      // several keys in one DEL: flagged; a one-key script cannot replace it, so no suggestion
      code: `${IOREDIS}
export async function finish(token: string) {
  await redis.set('lock:export', token, 'NX', 'PX', 9000);
  await redis.del('lock:export', 'export:progress');
}`,
      errors: [{ messageId: 'unsafeRelease', line: 5, data: { method: 'del', key: "'lock:export'" }, suggestions: [] }],
    },
    {
      // a second release already has the script: it is reused, not declared twice
      code: `${IOREDIS}
const RELEASE_LOCK_SCRIPT = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';
export async function a(token: string) {
  await redis.set('lock:a', token, 'NX', 'PX', 9000);
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, 'lock:a', token);
  await redis.set('lock:b', token, 'NX', 'PX', 9000);
  await redis.del('lock:b');
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 8,
          data: { method: 'del', key: "'lock:b'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS}
const RELEASE_LOCK_SCRIPT = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';
export async function a(token: string) {
  await redis.set('lock:a', token, 'NX', 'PX', 9000);
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, 'lock:a', token);
  await redis.set('lock:b', token, 'NX', 'PX', 9000);
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, 'lock:b', token);
}`,
            },
          ],
        },
      ],
    },
    {
      // a key deleted after SET NX is a lock whatever its name: it is released, so ownership matters
      code: `${IOREDIS}
export async function exclusive(slot: string, token: string) {
  await redis.set(\`slot:\${slot}\`, token, 'NX', 'EX', 5);
  await use(slot);
  await redis.del(\`slot:\${slot}\`);
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 6,
          data: { method: 'del', key: '`slot:${slot}`' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${IOREDIS_FIXED}
export async function exclusive(slot: string, token: string) {
  await redis.set(\`slot:\${slot}\`, token, 'NX', 'EX', 5);
  await use(slot);
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, \`slot:\${slot}\`, token);
}`,
            },
          ],
        },
      ],
    },
    {
      // a team word for "lock" from the options
      code: `${IOREDIS}
export async function pass() { return redis.set('baton:relay', 'x', 'NX', 'PX', 1000); }`,
      options: [{ extraLockWords: ['baton'] }],
      errors: [
        {
          messageId: 'constantLockValue',
          line: 3,
          data: { key: "'baton:relay'", value: "'x'" },
          suggestions: [
            {
              messageId: 'suggestUniqueToken',
              data: { replacement: 'crypto.randomUUID()' },
              output: `${IOREDIS}
export async function pass() { return redis.set('baton:relay', crypto.randomUUID(), 'NX', 'PX', 1000); }`,
            },
          ],
        },
      ],
    },
    {
      // GET-then-DEL through a promise chain
      code: `const Redis = require('ioredis');
const redis = new Redis();
exports.acquire = (key, token) => redis.set(key, token, 'PX', 5000, 'NX');
exports.release = (key, token) =>
  redis.get(key).then((value) => (value === token ? redis.del(key) : 0));`,
      errors: [
        {
          messageId: 'checkThenDelete',
          line: 5,
          data: { method: 'del', key: 'key' },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `const Redis = require('ioredis');

${SCRIPT}
const redis = new Redis();
exports.acquire = (key, token) => redis.set(key, token, 'PX', 5000, 'NX');
exports.release = (key, token) =>
  redis.get(key).then((value) => (value === token ? redis.eval(RELEASE_LOCK_SCRIPT, 1, key, token) : 0));`,
            },
          ],
        },
      ],
    },
    {
      // bluebird-promisified node-redis v3: the suggestion keeps the Async flavour
      code: `const client = bluebird.promisifyAll(redis.createClient());
async function withLock(token) {
  await client.setAsync('lock:mail', token, 'NX', 'PX', 1000);
  await client.delAsync('lock:mail');
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 4,
          data: { method: 'delAsync', key: "'lock:mail'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `${SCRIPT}

const client = bluebird.promisifyAll(redis.createClient());
async function withLock(token) {
  await client.setAsync('lock:mail', token, 'NX', 'PX', 1000);
  await client.evalAsync(RELEASE_LOCK_SCRIPT, 1, 'lock:mail', token);
}`,
            },
          ],
        },
      ],
    },
    {
      // util.promisify'd functions have no receiver to call EVAL on: reported without a suggestion
      code: `const setAsync = promisify(client.set).bind(client);
const delAsync = promisify(client.del).bind(client);
export async function lockInvoice(id, token) { return setAsync(\`invoice-lock:\${id}\`, token, 'NX', 'PX', 20000); }
export async function unlockInvoice(id) { await delAsync(\`invoice-lock:\${id}\`); }`,
      errors: [{ messageId: 'unsafeRelease', line: 4, data: { method: 'delAsync', key: '`invoice-lock:${id}`' }, suggestions: [] }],
    },
    {
      // destructured parameters of module-level helpers
      code: `import { createClient } from 'redis';
const redis = createClient();
export async function acquireLock({ key, owner }: { key: string; owner: string }) {
  return redis.set(key, owner, { NX: true, PX: 10000 });
}
export async function releaseLock({ key }: { key: string }) { return redis.del(key); }`,
      errors: [{ messageId: 'unsafeRelease', line: 6, data: { method: 'del', key: 'key' }, suggestions: [] }],
    },
    {
      // one key builder, called with differently named arguments
      code: `${IOREDIS}
const keys = { lock: (id: string) => \`lock:order:\${id}\` };
export async function reserve(orderId: string, token: string) { return redis.set(keys.lock(orderId), token, 'EX', 5, 'NX'); }
export async function cancel(id: string) { await redis.del(keys.lock(id)); }`,
      errors: [{ messageId: 'unsafeRelease', line: 5, data: { method: 'del', key: 'keys.lock(id)' }, suggestions: [] }],
    },
    {
      // CommonJS with a directive: the script goes after the last require, not above 'use strict'
      code: `'use strict';
const Redis = require('ioredis');
const redis = new Redis();
async function run(token) {
  await redis.set('lock:x', token, 'NX', 'PX', 100);
  await redis.del('lock:x');
}`,
      errors: [
        {
          messageId: 'unsafeRelease',
          line: 6,
          data: { method: 'del', key: "'lock:x'" },
          suggestions: [
            {
              messageId: 'suggestCompareAndDelete',
              data: { token: 'token' },
              output: `'use strict';
const Redis = require('ioredis');

${SCRIPT}
const redis = new Redis();
async function run(token) {
  await redis.set('lock:x', token, 'NX', 'PX', 100);
  await redis.eval(RELEASE_LOCK_SCRIPT, 1, 'lock:x', token);
}`,
            },
          ],
        },
      ],
    },
  ],
});
