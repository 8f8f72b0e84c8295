// The distributed token bucket against a real redis-server: one bucket shared by every instance, atomically.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Redis } from 'ioredis';
import { RedisTokenBucket } from '../../../snippets/src/redis-token-bucket';
import { FakeClock } from '../fake-clock';
import { redisSkipReason, startRedis, type RedisUnderTest } from '../redis-server';

describe('redis token bucket (real redis-server)', { skip: redisSkipReason() }, () => {
  let server: RedisUnderTest;
  let instanceA: Redis;
  let instanceB: Redis;
  before(async () => {
    server = await startRedis();
    instanceA = server.client();
    instanceB = server.client();
  });
  after(() => server?.stop());

  test('allows its burst, then exactly its rate, with fractional refill and a correct retry-after', async () => {
    const clock = new FakeClock(1_700_000_000_000);
    const bucket = new RedisTokenBucket(instanceA, { ratePerSec: 2, burst: 5, now: clock.now });
    const burst = [];
    for (let i = 0; i < 6; i++) burst.push(await bucket.take('rl:burst'));
    assert.deepEqual(burst.map((r) => r.allowed), [true, true, true, true, true, false]);
    assert.equal(burst[5].retryAfterMs, 500);
    await clock.advance(250);
    assert.deepEqual(await bucket.take('rl:burst'), { allowed: false, retryAfterMs: 250 });
    await clock.advance(250);
    assert.equal((await bucket.take('rl:burst')).allowed, true);
    let admitted = 0;
    for (let t = 0; t < 40; t++) {
      await clock.advance(125);
      if ((await bucket.take('rl:burst')).allowed) admitted++;
    }
    assert.equal(admitted, 10, '5 s at 2/s');
  });

  test('two instances share one bucket, and concurrent takes never over-admit', async () => {
    const clock = new FakeClock(1_700_000_000_000);
    const a = new RedisTokenBucket(instanceA, { ratePerSec: 0.001, burst: 10, now: clock.now });
    const b = new RedisTokenBucket(instanceB, { ratePerSec: 0.001, burst: 10, now: clock.now });
    const results = await Promise.all(Array.from({ length: 40 }, (_, i) => (i % 2 ? a : b).take('rl:shared')));
    assert.equal(results.filter((r) => r.allowed).length, 10);
  });

  test("by default uses the Redis server's clock, and the key expires once the bucket would be full", async () => {
    const bucket = new RedisTokenBucket(instanceA, { ratePerSec: 1, burst: 3 });
    const results = [];
    for (let i = 0; i < 4; i++) results.push(await bucket.take('rl:server-clock'));
    assert.deepEqual(results.map((r) => r.allowed), [true, true, true, false]);
    assert.ok(results[3].retryAfterMs > 0 && results[3].retryAfterMs <= 1000, `retry after ${results[3].retryAfterMs}`);
    const ttl = await instanceA.pttl('rl:server-clock');
    assert.ok(ttl > 0 && ttl <= 4000, `TTL ${ttl}`);
  });

  test('a cost above what is there is refused without taking anything', async () => {
    const clock = new FakeClock(1_700_000_000_000);
    const bucket = new RedisTokenBucket(instanceA, { ratePerSec: 1, burst: 3, now: clock.now });
    assert.deepEqual(await bucket.take('rl:cost', 4), { allowed: false, retryAfterMs: 1000 });
    assert.equal((await bucket.take('rl:cost', 3)).allowed, true);
  });
});

describe('redis token bucket when Redis is unreachable', () => {
  test("onRedisError decides: 'allow' fails open, 'deny' fails closed, 'throw' (the default) rethrows", async () => {
    const { Redis } = await import('ioredis');
    // A port nothing listens on; no retries and no offline queue, so each call fails at once.
    const dead = new Redis({ host: '127.0.0.1', port: 1, lazyConnect: true, enableOfflineQueue: false, maxRetriesPerRequest: 0, retryStrategy: () => null });
    dead.on('error', () => {});
    try {
      const options = { ratePerSec: 4, burst: 1 };
      assert.deepEqual(await new RedisTokenBucket(dead, { ...options, onRedisError: 'allow' }).take('k'), { allowed: true, retryAfterMs: 0 });
      assert.deepEqual(await new RedisTokenBucket(dead, { ...options, onRedisError: 'deny' }).take('k'), { allowed: false, retryAfterMs: 250 });
      await assert.rejects(new RedisTokenBucket(dead, options).take('k'));
    } finally {
      dead.disconnect();
    }
  });
});
