// cache-invalidate-after-write through typescript-eslint's RuleTester (real ESLint Linter, real TS parser) on node:test.
// Cases follow how services really use Prisma, TypeORM, Knex, Sequelize, Mongoose and raw SQL with ioredis,
// node-redis, Upstash, cache-manager and Keyv. Valid cases are mostly near-misses.
import { after, describe, it } from 'node:test';
import { RuleTester } from '@typescript-eslint/rule-tester';
import rule, { type MessageIds, type Options } from '../../src/core/lint/rules/cache-invalidate-after-write';

RuleTester.afterAll = after;
RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester();
// rule-tester bundles its own copy of @typescript-eslint/utils; the rule object is the same at runtime.
const testedRule = rule as unknown as Parameters<typeof ruleTester.run<MessageIds, Options>>[1];

const IOREDIS = `import Redis from 'ioredis';\nconst redis = new Redis();\n`;
const NODE_REDIS = `import { createClient } from 'redis';\nconst redis = createClient();\n`;

/** An update-then-set case: `set` is the cache write as written, `del` what the suggestion turns it into. */
function setCase(code: string, set: string, del: string, cache: string, write: string, line: number, suggestionShown = del) {
  const start = code.indexOf(set);
  if (start < 0) throw new Error(`case text does not contain ${set}`);
  const method = cache.slice(cache.lastIndexOf('.') + 1);
  const receiverEnd = set.lastIndexOf(`.${method}(`) + 1;
  const output = code.slice(0, start + receiverEnd) + del + code.slice(start + set.length);
  return {
    code,
    errors: [
      {
        messageId: 'updateThenSet' as const,
        data: { cache, write, line },
        suggestions: [{ messageId: 'replaceSetWithDelete' as const, data: { replacement: suggestionShown }, output }],
      },
    ],
  };
}

function earlyDelete(code: string, cache: string, write: string, line: number) {
  return { code, errors: [{ messageId: 'deleteThenUpdate' as const, data: { cache, write, line }, suggestions: [] }] };
}

ruleTester.run('cache-invalidate-after-write', testedRule, {
  valid: [
    // --- the correct order: DB write, then delete
    `${IOREDIS}async function rename(prisma, id, name) {
  const user = await prisma.user.update({ where: { id }, data: { name } });
  await redis.del(\`user:\${id}\`);
  return user;
}`,
    `${NODE_REDIS}export async function close(db, id) {
  await db('accounts').where({ id }).del();
  await redis.del(\`account:\${id}\`);
}`,
    `async function update(repo, cache, id, dto) {
  await repo.update(id, dto);
  await cache.del(\`order:\${id}\`);
}`,
    `import Keyv from 'keyv';
const keyv = new Keyv('redis://localhost');
async function save(User, id, email) {
  await User.updateOne({ _id: id }, { $set: { email } });
  await keyv.delete(\`user:\${id}\`);
}`,
    // --- the read path: get → miss → DB read → set with TTL
    `${IOREDIS}async function find(prisma, id) {
  const hit = await redis.get(\`user:\${id}\`);
  if (hit) return JSON.parse(hit);
  const user = await prisma.user.findUnique({ where: { id } });
  await redis.set(\`user:\${id}\`, JSON.stringify(user), 'EX', 60);
  return user;
}`,
    `async function list(repo, cacheManager) {
  const cached = await cacheManager.get('countries');
  if (cached) return cached;
  const rows = await repo.find();
  await cacheManager.set('countries', rows, 3600_000);
  return rows;
}`,
    `${NODE_REDIS}async function balance(pool, id) {
  const { rows } = await pool.query('SELECT balance FROM wallets WHERE id = $1', [id]);
  await redis.setEx(\`wallet:\${id}\`, 60, String(rows[0].balance));
  return rows[0].balance;
}`,
    // Read path that also writes an audit row: the set fills what the get missed.
    `${IOREDIS}async function view(prisma, id, viewer) {
  await prisma.auditLog.create({ data: { viewer, postId: id } });
  const cached = await redis.get(\`post:\${id}\`);
  if (cached) return JSON.parse(cached);
  const post = await prisma.post.findUnique({ where: { id } });
  await redis.set(\`post:\${id}\`, JSON.stringify(post), 'EX', 30);
  return post;
}`,
    // --- cache writes in a function with no DB write
    `${IOREDIS}async function rates(base, rates) {
  await redis.set(\`rates:\${base}\`, JSON.stringify(rates), 'EX', 300);
  await redis.hset('rates:meta', base, Date.now().toString());
}`,
    `${IOREDIS}async function warm(items) {
  await redis.mset(...items.flatMap((i) => [\`item:\${i.id}\`, JSON.stringify(i)]));
}`,
    // --- not caches: Map / WeakMap / LRU / typed maps, even named *Cache
    `const userCache = new Map();
async function rename(prisma, id, name) {
  const user = await prisma.user.update({ where: { id }, data: { name } });
  userCache.set(id, user);
}`,
    `const cache = new WeakMap();
async function touch(repo, entity) {
  await repo.save(entity);
  cache.set(entity, Date.now());
}`,
    `import { LRUCache } from 'lru-cache';
class TenantService {
  private readonly tenantCache = new LRUCache<string, object>({ max: 100 });
  constructor(private readonly tenants: any) {}
  async setPlan(id: string, plan: string) {
    await this.tenants.update(id, { plan });
    this.tenantCache.set(id, { id, plan });
  }
}`,
    `async function tags(tagCache: Map<string, string[]>, prisma: any, postId: string, tags: string[]) {
  await prisma.post.update({ where: { id: postId }, data: { tags } });
  tagCache.set(postId, tags);
}`,
    `class Memo {
  private cache;
  constructor(private readonly prisma: any) { this.cache = new Map(); }
  async bump(id: string) {
    const row = await this.prisma.counter.update({ where: { id }, data: { value: { increment: 1 } } });
    this.cache.set(id, row.value);
  }
}`,
    `const localCache = {} as any;
async function f(User: any, id: string, name: string) {
  await User.update({ name }, { where: { id } });
  localCache.set(id, name);
}`,
    // --- not DB writes: hashes, HMACs, query-builder .set(), Object.create, Set/Map ops
    `${IOREDIS}import { createHash } from 'node:crypto';
async function page(path, html) {
  const hash = createHash('sha256');
  hash.update(html);
  await redis.set(\`page:\${path}\`, JSON.stringify({ html, etag: hash.digest('hex') }), 'EX', 60);
}`,
    `${IOREDIS}import crypto from 'node:crypto';
async function sign(secret, key, body) {
  const mac = crypto.createHmac('sha256', secret).update(body).digest('hex');
  await redis.set(key, mac + body);
}`,
    `${IOREDIS}async function build(id, fields) {
  const entity = Object.create(null);
  const seen = new Set();
  seen.delete(id);
  await redis.set(\`entity:\${id}\`, JSON.stringify(Object.assign(entity, fields)));
}`,
    `async function views(dataSource, id) {
  await dataSource.createQueryBuilder().update('article').set({ views: () => 'views + 1' }).where('id = :id', { id }).execute();
}`,
    `${IOREDIS}async function f(headers, params, id) {
  headers.delete('x-cache');
  params.set('id', id);
  await redis.set(\`req:\${id}\`, 'seen-at-edge');
}`,
    // --- session stores are not caches
    `async function login(req, prisma, user) {
  await prisma.user.update({ where: { id: user.id }, data: { lastLoginAt: new Date() } });
  req.session.set('user', user);
}`,
    `${IOREDIS}async function logout(prisma, sid, userId) {
  await redis.del(\`sess:\${sid}\`);
  await prisma.auditLog.create({ data: { userId, action: 'logout' } });
}`,
    // --- state keys: locks, rate limits, idempotency markers, tokens, OTPs
    `${NODE_REDIS}async function webhook(db, event) {
  await db('orders').where({ id: event.orderId }).update({ status: 'paid' });
  await redis.set(\`webhook:processed:\${event.id}\`, event.orderId, { EX: 86400 });
}`,
    `${IOREDIS}async function attempt(User, email) {
  await User.updateOne({ email }, { $set: { failedLogins: 0 } });
  await redis.set(\`ratelimit:login:\${email}\`, 0, 'EX', 900);
}`,
    `${IOREDIS}async function issue(prisma, userId) {
  const user = await prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
  await redis.set(\`refresh:\${user.id}\`, crypto.randomUUID(), 'EX', 3600);
}`,
    `${IOREDIS}async function verify(User, userId, phone) {
  await User.updateOne({ _id: userId }, { $set: { phone } });
  await redis.set(\`otp:\${userId}\`, phone.slice(-6), 'EX', 300);
}`,
    `${IOREDIS}async function reserve(prisma, showId, seat, token) {
  await prisma.reservation.create({ data: { showId, seat } });
  await redis.set(\`show:\${showId}\`, token, 'PX', 5000, 'NX');
}`,
    // --- values that do not come from the write (timestamps, markers)
    `${NODE_REDIS}async function sync(prisma, items) {
  for (const item of items) await prisma.catalogItem.upsert({ where: { sku: item.sku }, create: item, update: item });
  await redis.set('catalog:last-sync', new Date().toISOString());
  await redis.del('catalog:all');
}`,
    // --- write-through helpers: function, receiver or call named writeThrough*
    `${IOREDIS}export async function writeThroughConfig(prisma, name, value) {
  const row = await prisma.config.update({ where: { name }, data: { value, version: { increment: 1 } } });
  await redis.set(\`config:\${name}\`, JSON.stringify(row));
}`,
    `async function price(plans, writeThroughCache, id, priceCents) {
  const plan = await plans.save({ id, priceCents });
  await writeThroughCache.set(\`plan:\${id}\`, plan);
}`,
    `${IOREDIS}async function put(repo, id, dto) {
  await writeThrough(\`item:\${id}\`, async () => {
    const item = await repo.save({ id, ...dto });
    await redis.set(\`item:\${id}\`, JSON.stringify(item));
    return item;
  });
}`,
    // --- delayed double delete after an early delete
    `${IOREDIS}async function price(prisma, id, price) {
  const key = \`product:\${id}\`;
  await redis.del(key);
  await prisma.product.update({ where: { id }, data: { price } });
  setTimeout(() => redis.del(key), 500);
}`,
    `${IOREDIS}import { setTimeout as sleep } from 'node:timers/promises';
async function stock(db, sku, stock) {
  await redis.del(\`stock:\${sku}\`);
  await db('inventory').where({ sku }).update({ stock });
  await sleep(300);
  await redis.del(\`stock:\${sku}\`);
}`,
    `async function disable(coupons, cache, queue, code) {
  await cache.del(\`coupon:\${code}\`);
  await coupons.update({ code }, { active: false });
  await queue.add('cache-evict', { key: \`coupon:\${code}\` }, { delay: 1000 });
}`,
    `async function disable(coupons, cache, code) {
  await cache.del(\`coupon:\${code}\`);
  await coupons.update({ code }, { active: false });
  scheduleDelayedDelete(\`coupon:\${code}\`);
}`,
    `class Users {
  constructor(private readonly users: Repository<User>, private readonly cache: Cache) {}
  async rename(id: string, name: string) {
    await this.cache.del(\`user:\${id}\`);
    await this.users.update(id, { name });
    await this.invalidateUserCache(id);
  }
}`,
    // --- different paths: if/else branches, early return, separate handlers
    `${IOREDIS}async function quote(prisma, symbol, force) {
  if (force) {
    await prisma.quoteRequest.create({ data: { symbol } });
  } else {
    const quote = await prisma.quote.findUnique({ where: { symbol } });
    await redis.set(\`quote:\${symbol}\`, JSON.stringify(quote), 'EX', 30);
  }
}`,
    `${IOREDIS}async function clear(knex, userId) {
  const row = await knex('users').where({ id: userId }).first();
  if (!row) {
    await redis.del(\`user:\${userId}\`);
    return null;
  }
  await knex('users').where({ id: userId }).update({ seen_at: knex.fn.now() });
  await redis.del(\`user:\${userId}\`);
}`,
    `${IOREDIS}export function routes(router, Note) {
  router.put('/:id', async (req, res) => {
    await Note.findByIdAndUpdate(req.params.id, req.body);
    await redis.del(\`note:\${req.params.id}\`);
  });
  router.get('/:id', async (req, res) => {
    const note = await Note.findById(req.params.id);
    await redis.set(\`note:\${req.params.id}\`, JSON.stringify(note), 'EX', 60);
    res.json(note);
  });
}`,
    `${IOREDIS}app.post('/orders', async (req, res) => {
  await Order.create(req.body);
  res.sendStatus(201);
});
app.get('/orders/:id', async (req, res) => {
  const order = await Order.findById(req.params.id);
  await redis.set(\`order:\${req.params.id}\`, JSON.stringify(order), 'EX', 60);
});`,
    // --- TypeORM repository.create() only builds an entity
    `async function preview(draftRepository, cache, userId, body) {
  const draft = draftRepository.create({ userId, body });
  await cache.set(\`draft:\${userId}\`, draft, 300);
}`,
    // --- other Redis structures after a write are not cached copies
    `${IOREDIS}async function vote(Vote, pollId, option) {
  await Vote.create({ pollId, option });
  await redis.zincrby(\`poll:\${pollId}\`, 1, option);
  await redis.publish('poll-updates', JSON.stringify({ pollId, option }));
}`,
    // --- cache-manager wrap (read-through) and an error-path delete after the write
    `async function plan(db, cache, id) {
  return cache.wrap(\`plan:\${id}\`, () => db.plan.findUnique({ where: { id } }), 60000);
}`,
    `${IOREDIS}async function cancel(Subscription, id) {
  try {
    await Subscription.updateOne({ _id: id }, { $set: { status: 'canceled' } });
  } catch (err) {
    await redis.del(\`subscription:\${id}\`);
    throw err;
  }
  await redis.del(\`subscription:\${id}\`);
}`,
    // --- a project's own in-process cache class
    `import { InMemoryCache } from '../lib/in-memory-cache';
const cache = new InMemoryCache({ ttlMs: 30000 });
async function brand(prisma, orgId, branding) {
  const org = await prisma.organization.update({ where: { id: orgId }, data: { branding } });
  cache.set(\`branding:\${orgId}\`, org.branding);
}`,
    // --- a bare save()/update() on things that are not entities
    `${IOREDIS}async function draw(ctx, stream, id) {
  ctx.save();
  stream.destroy();
  await redis.set(\`frame:\${id}\`, 'drawn');
}`,
  ],
  invalid: [
    // --- Prisma
    setCase(
      `${IOREDIS}async function rename(prisma, id, name) {
  const user = await prisma.user.update({ where: { id }, data: { name } });
  await redis.set(\`user:\${id}\`, JSON.stringify(user), 'EX', 3600);
}`,
      `redis.set(\`user:\${id}\`, JSON.stringify(user), 'EX', 3600)`,
      'del(`user:${id}`)',
      'redis.set',
      'prisma.user.update',
      4,
      'redis.del(`user:${id}`)',
    ),
    setCase(
      `import { Redis } from '@upstash/redis';
const redis = Redis.fromEnv();
async function transfer(prisma, fromId, amount) {
  const from = await prisma.$transaction(async (tx) => {
    return tx.account.update({ where: { id: fromId }, data: { balance: { decrement: amount } } });
  });
  await redis.set(\`account:\${fromId}\`, from, { ex: 300 });
}`,
      `redis.set(\`account:\${fromId}\`, from, { ex: 300 })`,
      'del(`account:${fromId}`)',
      'redis.set',
      'tx.account.update',
      5,
      'redis.del(`account:${fromId}`)',
    ),
    setCase(
      `${IOREDIS}async function discount(prisma, categoryId, pct) {
  await prisma.$executeRaw\`UPDATE "Product" SET price = price * \${pct} WHERE "categoryId" = \${categoryId}\`;
  const products = await prisma.product.findMany({ where: { categoryId } });
  await redis.setex(\`category:\${categoryId}\`, 600, JSON.stringify(products));
}`,
      `redis.setex(\`category:\${categoryId}\`, 600, JSON.stringify(products))`,
      'del(`category:${categoryId}`)',
      'redis.setex',
      'prisma.$executeRaw',
      4,
      'redis.del(`category:${categoryId}`)',
    ),
    setCase(
      `class TeamResolver {
  constructor(private readonly prisma: any, private readonly redis: any) {}
  async renameTeam(id: string, name: string) {
    const team = await this.prisma.team.update({ where: { id }, data: { name } });
    await this.redis.hset(\`team:\${id}\`, { name: team.name });
    return team;
  }
}`,
      `this.redis.hset(\`team:\${id}\`, { name: team.name })`,
      'del(`team:${id}`)',
      'this.redis.hset',
      'this.prisma.team.update',
      4,
      'this.redis.del(`team:${id}`)',
    ),
    setCase(
      `${IOREDIS}async function upsertSetting(prisma, key, value) {
  const row = await prisma.setting.upsert({ where: { key }, create: { key, value }, update: { value } });
  await redis.hset('settings', key, JSON.stringify(row.value));
}`,
      `redis.hset('settings', key, JSON.stringify(row.value))`,
      "hdel('settings', key)",
      'redis.hset',
      'prisma.setting.upsert',
      4,
      "redis.hdel('settings', key)",
    ),
    // --- Mongoose
    setCase(
      `import { redisClient } from '../config/redis';
export async function updateProduct(req, res) {
  const product = await Product.findByIdAndUpdate(req.params.id, req.body, { new: true });
  await redisClient.setEx(\`product:\${req.params.id}\`, 600, JSON.stringify(product));
  res.json(product);
}`,
      `redisClient.setEx(\`product:\${req.params.id}\`, 600, JSON.stringify(product))`,
      'del(`product:${req.params.id}`)',
      'redisClient.setEx',
      'Product.findByIdAndUpdate',
      3,
      'redisClient.del(`product:${req.params.id}`)',
    ),
    setCase(
      `${IOREDIS}async function addItem(Cart, cartId, sku) {
  const cart = await Cart.findById(cartId);
  cart.items.push({ sku });
  await cart.save();
  await redis.set(\`cart:\${cartId}\`, JSON.stringify(cart), 'EX', 1800);
}`,
      `redis.set(\`cart:\${cartId}\`, JSON.stringify(cart), 'EX', 1800)`,
      'del(`cart:${cartId}`)',
      'redis.set',
      'cart.save',
      6,
      'redis.del(`cart:${cartId}`)',
    ),
    setCase(
      `import { client as redis } from './redis-client';
export function setAvatar(Profile, userId, avatarUrl) {
  return Profile.findOneAndUpdate({ userId }, { avatarUrl }, { new: true })
    .exec()
    .then((profile) => redis.set(\`profile:\${userId}\`, JSON.stringify(profile)));
}`,
      `redis.set(\`profile:\${userId}\`, JSON.stringify(profile))`,
      'del(`profile:${userId}`)',
      'redis.set',
      'Profile.findOneAndUpdate',
      3,
      'redis.del(`profile:${userId}`)',
    ),
    setCase(
      `class RestaurantsController {
  constructor(private readonly restaurantModel: any, private readonly cacheManager: any) {}
  async update(id: string, body: object) {
    const doc = await this.restaurantModel.findByIdAndUpdate(id, body, { new: true }).lean();
    await this.cacheManager.set(\`restaurant:\${id}\`, doc, 120_000);
    return doc;
  }
}`,
      `this.cacheManager.set(\`restaurant:\${id}\`, doc, 120_000)`,
      'del(`restaurant:${id}`)',
      'this.cacheManager.set',
      'this.restaurantModel.findByIdAndUpdate',
      4,
      'this.cacheManager.del(`restaurant:${id}`)',
    ),
    // --- TypeORM: repository, manager in a transaction, query builder execute()
    setCase(
      `async function finalize(invoiceRepository, cache, id) {
  const invoice = await invoiceRepository.save({ id, status: 'final' });
  await cache.set(\`invoice:\${id}\`, invoice);
}`,
      `cache.set(\`invoice:\${id}\`, invoice)`,
      'del(`invoice:${id}`)',
      'cache.set',
      'invoiceRepository.save',
      2,
      'cache.del(`invoice:${id}`)',
    ),
    setCase(
      `async function credit(dataSource, redis, walletId, amount) {
  const wallet = await dataSource.transaction(async (manager) => {
    await manager.increment('wallet', { id: walletId }, 'balance', amount);
    return manager.findOneByOrFail('wallet', { id: walletId });
  });
  await redis.set(\`wallet:\${walletId}\`, JSON.stringify(wallet));
}`,
      `redis.set(\`wallet:\${walletId}\`, JSON.stringify(wallet))`,
      'del(`wallet:${walletId}`)',
      'redis.set',
      'manager.increment',
      3,
      'redis.del(`wallet:${walletId}`)',
    ),
    setCase(
      `async function setStock(dataSource, cacheManager, sku, quantity) {
  await dataSource.createQueryBuilder().update('inventory').set({ quantity }).where('sku = :sku', { sku }).execute();
  await cacheManager.set(\`stock:\${sku}\`, quantity, 30_000);
}`,
      `cacheManager.set(\`stock:\${sku}\`, quantity, 30_000)`,
      'del(`stock:${sku}`)',
      'cacheManager.set',
      'dataSource.createQueryBuilder(…).update(…).set(…).where(…).execute',
      2,
      'cacheManager.del(`stock:${sku}`)',
    ),
    // --- Knex
    setCase(
      `${NODE_REDIS}async function rename(db, accountId, displayName) {
  const [account] = await db('accounts').where({ id: accountId }).update({ display_name: displayName }).returning('*');
  await redis.set(\`account:\${accountId}\`, JSON.stringify(account), { EX: 300 });
}`,
      `redis.set(\`account:\${accountId}\`, JSON.stringify(account), { EX: 300 })`,
      'del(`account:${accountId}`)',
      'redis.set',
      'db(…).where(…).update',
      4,
      'redis.del(`account:${accountId}`)',
    ),
    setCase(
      `async function setDefault(knex, cache, userId, addressId) {
  const address = await knex.transaction(async (trx) => {
    const [row] = await trx('addresses').where({ id: addressId }).update({ is_default: true }).returning('*');
    return row;
  });
  await cache.set(\`address:\${userId}\`, address, 600_000);
}`,
      `cache.set(\`address:\${userId}\`, address, 600_000)`,
      'del(`address:${userId}`)',
      'cache.set',
      'trx(…).where(…).update',
      3,
      'cache.del(`address:${userId}`)',
    ),
    setCase(
      `import IORedis from 'ioredis';
class ProfileCache {
  constructor(private readonly knex: any, private readonly redis: IORedis) {}
  async avatar(userId: string, url: string) {
    await this.knex('profiles').where('user_id', userId).update({ avatar_url: url });
    await this.redis.psetex(\`avatar:\${userId}\`, 60_000, url);
  }
}`,
      `this.redis.psetex(\`avatar:\${userId}\`, 60_000, url)`,
      'del(`avatar:${userId}`)',
      'this.redis.psetex',
      'this.knex(…).where(…).update',
      5,
      'this.redis.del(`avatar:${userId}`)',
    ),
    setCase(
      `${IOREDIS}async function names(knex, userId, first, last) {
  await knex('profiles').where('user_id', userId).update({ first_name: first, last_name: last });
  await redis.hmset(\`profile:\${userId}\`, 'first', first, 'last', last);
}`,
      `redis.hmset(\`profile:\${userId}\`, 'first', first, 'last', last)`,
      "hdel(`profile:${userId}`, 'first', 'last')",
      'redis.hmset',
      'knex(…).where(…).update',
      4,
      "redis.hdel(`profile:${userId}`, 'first', 'last')",
    ),
    // --- Sequelize
    setCase(
      `const redis = require('../lib/redis');
async function changeEmail(User, userId, email) {
  const user = await User.findByPk(userId);
  await user.update({ email });
  await redis.set(\`user:\${userId}\`, JSON.stringify(user.toJSON()));
}`,
      `redis.set(\`user:\${userId}\`, JSON.stringify(user.toJSON()))`,
      'del(`user:${userId}`)',
      'redis.set',
      'user.update',
      4,
      'redis.del(`user:${userId}`)',
    ),
    setCase(
      `${NODE_REDIS}async function prices(Price, a, b) {
  await Price.bulkCreate([a, b], { updateOnDuplicate: ['cents'] });
  await redis.mSet([[\`price:\${a.sku}\`, String(a.cents)], [\`price:\${b.sku}\`, String(b.cents)]]);
}`,
      `redis.mSet([[\`price:\${a.sku}\`, String(a.cents)], [\`price:\${b.sku}\`, String(b.cents)]])`,
      'del([`price:${a.sku}`, `price:${b.sku}`])',
      'redis.mSet',
      'Price.bulkCreate',
      4,
      'redis.del([`price:${a.sku}`, `price:${b.sku}`])',
    ),
    // --- raw SQL
    setCase(
      `${NODE_REDIS}async function balance(pool, walletId, delta) {
  const { rows } = await pool.query('UPDATE wallets SET balance = balance + $1 WHERE id = $2 RETURNING balance', [delta, walletId]);
  await redis.setEx(\`wallet:\${walletId}\`, 60, String(rows[0].balance));
}`,
      `redis.setEx(\`wallet:\${walletId}\`, 60, String(rows[0].balance))`,
      'del(`wallet:${walletId}`)',
      'redis.setEx',
      'pool.query',
      4,
      'redis.del(`wallet:${walletId}`)',
    ),
    setCase(
      `${IOREDIS}const UPDATE_SEEN = 'UPDATE devices SET last_seen_at = NOW() WHERE id = :id RETURNING *';
async function touch(sequelize, id) {
  const [device] = await sequelize.query(UPDATE_SEEN, { replacements: { id } });
  await redis.mset(\`device:\${id}\`, JSON.stringify(device), \`device:\${id}:seen\`, Date.now());
}`,
      `redis.mset(\`device:\${id}\`, JSON.stringify(device), \`device:\${id}:seen\`, Date.now())`,
      'del(`device:${id}`, `device:${id}:seen`)',
      'redis.mset',
      'sequelize.query',
      5,
      'redis.del(`device:${id}`, `device:${id}:seen`)',
    ),
    setCase(
      `const redis = require('redis').createClient();
function score(pool, playerId, score, cb) {
  pool.query(\`UPDATE players SET score = \${score} WHERE id = \${playerId}\`, (err) => {
    if (err) return cb(err);
    redis.setex('player:' + playerId, 120, String(score), cb);
  });
}`,
      `redis.setex('player:' + playerId, 120, String(score), cb)`,
      "del('player:' + playerId, cb)",
      'redis.setex',
      'pool.query',
      3,
      "redis.del('player:' + playerId, cb)",
    ),
    // --- pipelines, Keyv, node-redis hSet of one field
    setCase(
      `${IOREDIS}async function ship(Order, orderId, trackingNo) {
  const order = await Order.findByIdAndUpdate(orderId, { trackingNo }, { new: true });
  await redis.multi().set(\`order:\${orderId}\`, JSON.stringify(order)).expire(\`order:\${orderId}\`, 60).exec();
}`,
      `redis.multi().set(\`order:\${orderId}\`, JSON.stringify(order))`,
      'del(`order:${orderId}`)',
      'redis.multi(…).set',
      'Order.findByIdAndUpdate',
      4,
      'redis.multi(…).del(`order:${orderId}`)',
    ),
    setCase(
      `import Keyv from 'keyv';
const keyv = new Keyv('redis://localhost:6379');
async function save(db, orgId, value) {
  await db.update('settings').set({ value }).where({ orgId });
  await keyv.set(orgId, value, 600000);
}`,
      `keyv.set(orgId, value, 600000)`,
      'delete(orgId)',
      'keyv.set',
      'db.update',
      4,
      'keyv.delete(orgId)',
    ),
    setCase(
      `${NODE_REDIS}async function prefs(users, id, prefs) {
  await users.updateOne({ _id: id }, { $set: { prefs } });
  await redis.hSet(\`user:\${id}\`, 'prefs', JSON.stringify(prefs));
}`,
      `redis.hSet(\`user:\${id}\`, 'prefs', JSON.stringify(prefs))`,
      "hDel(`user:${id}`, 'prefs')",
      'redis.hSet',
      'users.updateOne',
      4,
      "redis.hDel(`user:${id}`, 'prefs')",
    ),
    // --- a client reached through a getter; a repository known only by its declared type
    setCase(
      `async function rename(featureRepository, redisService, id, name) {
  const feature = await featureRepository.save({ id, name });
  await redisService.getOrThrow().set(\`feature:\${id}\`, JSON.stringify(feature));
}`,
      `redisService.getOrThrow().set(\`feature:\${id}\`, JSON.stringify(feature))`,
      'del(`feature:${id}`)',
      'redisService.getOrThrow(…).set',
      'featureRepository.save',
      2,
      'redisService.getOrThrow(…).del(`feature:${id}`)',
    ),
    earlyDelete(
      `class UserService {
  constructor(private readonly users: Repository<User>, private readonly cacheManager: Cache) {}
  async suspend(id: string) {
    await this.cacheManager.del(\`user:\${id}\`);
    await this.users.update(id, { suspendedAt: new Date() });
  }
}`,
      'this.cacheManager.del',
      'this.users.update',
      5,
    ),
    // --- read-modify-write: the earlier get does not make the set after the write a read-path fill
    setCase(
      `${IOREDIS}async function reserve(Product, id, qty) {
  const cached = await redis.get(\`product:\${id}\`);
  const product = cached ? JSON.parse(cached) : await Product.findById(id).lean();
  product.stock -= qty;
  await Product.updateOne({ _id: id }, { $set: { stock: product.stock } });
  await redis.set(\`product:\${id}\`, JSON.stringify(product));
}`,
      `redis.set(\`product:\${id}\`, JSON.stringify(product))`,
      'del(`product:${id}`)',
      'redis.set',
      'Product.updateOne',
      7,
      'redis.del(`product:${id}`)',
    ),
    // --- delete before the write (no second delete after it)
    earlyDelete(
      `async function updateStatus(repo, cache, orderId, status) {
  await cache.del(\`order:\${orderId}\`);
  await repo.update(orderId, { status });
}`,
      'cache.del',
      'repo.update',
      3,
    ),
    earlyDelete(
      `${IOREDIS}async function rename(prisma, teamId, name) {
  await redis.del(\`team:\${teamId}\`);
  return prisma.team.update({ where: { id: teamId }, data: { name } });
}`,
      'redis.del',
      'prisma.team.update',
      5,
    ),
    earlyDelete(
      `import { cacheManager } from '../cache';
async function removeDevice(Device, userId, deviceId) {
  await cacheManager.del(\`devices:\${userId}\`);
  await Device.destroy({ where: { id: deviceId, userId } });
}`,
      'cacheManager.del',
      'Device.destroy',
      4,
    ),
    earlyDelete(
      `${IOREDIS}async function role(knex, userId, role) {
  await redis.unlink(\`perm:\${userId}\`);
  await knex('user_roles').where({ user_id: userId }).update({ role });
}`,
      'redis.unlink',
      'knex(…).where(…).update',
      5,
    ),
    earlyDelete(
      `async function removeComment(Comment, cache, commentId) {
  const comment = await Comment.findById(commentId);
  await cache.del(\`comments:\${comment.post}\`);
  await comment.deleteOne();
}`,
      'cache.del',
      'comment.deleteOne',
      4,
    ),
    earlyDelete(
      `import Keyv from 'keyv';
const keyv = new Keyv();
async function drop(pool, id) {
  await keyv.delete(\`user:\${id}\`);
  await pool.query({ text: 'DELETE FROM users WHERE id = $1', values: [id] });
}`,
      'keyv.delete',
      'pool.query',
      5,
    ),
  ],
});

// With type information the rule also trusts declared types: a `Map` from another module is not a shared cache,
// whatever its name. Without types the same code is reported (the name says cache).
const TYPED_MAP_CASE = `declare function getStore(): Map<string, string>;
const cacheStore = getStore();
export async function rename(prisma: any, id: string, name: string) {
  await prisma.user.update({ where: { id }, data: { name } });
  cacheStore.set(id, name);
}`;
new RuleTester({
  languageOptions: { parserOptions: { projectService: { allowDefaultProject: ['*.ts'] }, tsconfigRootDir: import.meta.dirname } },
}).run('cache-invalidate-after-write (typed)', testedRule, { valid: [TYPED_MAP_CASE], invalid: [] });
ruleTester.run('cache-invalidate-after-write (untyped)', testedRule, {
  valid: [],
  invalid: [
    setCase(TYPED_MAP_CASE, 'cacheStore.set(id, name)', 'del(id)', 'cacheStore.set', 'prisma.user.update', 4, 'cacheStore.del(id)'),
  ],
});
