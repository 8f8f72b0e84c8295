// Cache-aside read and write against a real redis-server.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { CacheAsideReader } from '../../../snippets/src/cache-read';
import { CacheAsideWriter } from '../../../snippets/src/cache-write';
import { FakeClock } from '../fake-clock';
import { eventually, redisSkipReason, startRedis, type RedisUnderTest } from '../redis-server';

interface User {
  id: string;
  name: string;
}

describe('cache-aside (real redis-server)', { skip: redisSkipReason() }, () => {
  let server: RedisUnderTest;
  let redis: Redis;
  before(async () => {
    server = await startRedis();
    redis = server.client();
  });
  after(() => server?.stop());

  /** A stand-in database table that counts its reads. */
  function table(rows: Record<string, string>) {
    const db = { rows, reads: 0 };
    const load = async (key: string): Promise<User | undefined> => {
      db.reads++;
      const id = key.split(':')[1]!;
      return id in db.rows ? { id, name: db.rows[id]! } : undefined;
    };
    return { db, load };
  }

  test('a miss loads from the database and caches with a jittered TTL; a hit does not touch the database', async () => {
    const { db, load } = table({ '1': 'Ada' });
    const reader = new CacheAsideReader<User>(redis, { load, ttlMs: 60_000, jitter: 0.1, missingTtlMs: 1000, random: () => 0.5 });
    assert.deepEqual(await reader.get('user:1'), { id: '1', name: 'Ada' });
    assert.deepEqual(await reader.get('user:1'), { id: '1', name: 'Ada' });
    assert.equal(db.reads, 1);
    const ttl = await redis.pttl('user:1');
    assert.ok(ttl > 60_000 && ttl <= 63_000, `TTL ${ttl} is 60 s plus half the 10% jitter`);
  });

  test('singleflight: N concurrent misses on a hot key load it once', async () => {
    let release!: () => void;
    const gate = new Promise<void>((resolve) => (release = resolve));
    let loads = 0;
    const reader = new CacheAsideReader<User>(redis, {
      load: async (key) => {
        loads++;
        await gate;
        return { id: key, name: 'hot' };
      },
      ttlMs: 60_000,
      jitter: 0.1,
      missingTtlMs: 1000,
    });
    const readers = Array.from({ length: 50 }, () => reader.get('user:hot'));
    await new Promise((resolve) => setTimeout(resolve, 50));
    release();
    const values = await Promise.all(readers);
    assert.equal(loads, 1);
    assert.ok(values.every((v) => v?.name === 'hot'));
  });

  test('an absent row is cached as missing for a short TTL, so repeated lookups do not reach the database', async () => {
    const { db, load } = table({});
    const reader = new CacheAsideReader<User>(redis, { load, ttlMs: 60_000, jitter: 0.1, missingTtlMs: 2000 });
    assert.equal(await reader.get('user:404'), undefined);
    assert.equal(await reader.get('user:404'), undefined);
    assert.equal(db.reads, 1);
    const ttl = await redis.pttl('user:404');
    assert.ok(ttl > 0 && ttl <= 2000, `missing marker TTL ${ttl}`);
  });

  test('write: the database first, then the cached key is deleted, and the next read loads the new row', async () => {
    const { db, load } = table({ '7': 'old' });
    const reader = new CacheAsideReader<User>(redis, { load, ttlMs: 60_000, jitter: 0, missingTtlMs: 1000 });
    const writer = new CacheAsideWriter(redis, { doubleDeleteMs: 0 });
    assert.equal((await reader.get('user:7'))?.name, 'old');
    let cachedDuringWrite = -1;
    await writer.write('user:7', async () => {
      cachedDuringWrite = await redis.exists('user:7');
      db.rows['7'] = 'new';
    });
    assert.equal(cachedDuringWrite, 1, 'the cache is only touched after the database write');
    assert.equal(await redis.exists('user:7'), 0);
    assert.equal((await reader.get('user:7'))?.name, 'new');
  });

  test('a failed database write leaves the cache alone', async () => {
    await redis.set('user:9', JSON.stringify({ id: '9', name: 'kept' }));
    const writer = new CacheAsideWriter(redis, { doubleDeleteMs: 0 });
    await assert.rejects(writer.write('user:9', async () => Promise.reject(new Error('deadlock'))), /deadlock/);
    assert.equal(await redis.exists('user:9'), 1);
  });

  test('delayed double delete removes a stale value a concurrent read cached after the first delete', async () => {
    const clock = new FakeClock();
    const writer = new CacheAsideWriter(redis, { doubleDeleteMs: 500, sleep: clock.sleep });
    await redis.set('user:3', 'v1');
    await writer.write('user:3', async () => 'v2 committed');
    assert.equal(await redis.exists('user:3'), 0);
    await redis.set('user:3', 'v1 (read before the commit, cached after the delete)');
    await clock.advance(499);
    assert.equal(await redis.exists('user:3'), 1);
    await clock.advance(1);
    await eventually(async () => (await redis.exists('user:3')) === 0, 'the second delete');
  });
});
