// The Redis lock against a real redis-server: release and renewal never touch another holder's lock.
import { after, before, describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Redis } from 'ioredis';
import { LockNotAcquiredError, RedisLock } from '../../../snippets/src/redis-lock';
import { eventually, redisSkipReason, startRedis, type RedisUnderTest } from '../redis-server';

describe('redis lock (real redis-server)', { skip: redisSkipReason() }, () => {
  let server: RedisUnderTest;
  let redis: Redis;
  before(async () => {
    server = await startRedis();
    redis = server.client();
  });
  after(() => server?.stop());

  test('one holder at a time: a second acquire waits, then gives up with LockNotAcquiredError', async () => {
    const locks = new RedisLock(redis, { ttlMs: 10_000, waitMs: 150, retryMs: 20 });
    const a = await locks.acquire('lock:busy');
    assert.equal(await redis.get('lock:busy'), a.token);
    const ttl = await redis.pttl('lock:busy');
    assert.ok(ttl > 9000 && ttl <= 10_000, `PX set: ${ttl}`);
    await assert.rejects(locks.acquire('lock:busy'), LockNotAcquiredError);
    assert.equal(await a.release(), true);
    assert.equal(await redis.exists('lock:busy'), 0);
  });

  test("release never deletes another holder's lock: A expires, B acquires, A releases → B's lock stays", async () => {
    const locks = new RedisLock(redis, { ttlMs: 10_000, waitMs: 1000, retryMs: 20 });
    const a = await locks.acquire('lock:order:1');
    await redis.pexpire('lock:order:1', 1); // A stalls past its TTL (a GC pause, a slow disk)
    await eventually(async () => (await redis.exists('lock:order:1')) === 0, "A's lock to expire");
    const b = await locks.acquire('lock:order:1');
    assert.equal(await a.release(), false, 'A learns its lock was gone');
    assert.equal(await redis.get('lock:order:1'), b.token, "B's lock is still there");
    assert.ok(b.fence > a.fence, `fencing tokens increase: A ${a.fence}, B ${b.fence}`);
    assert.equal(await b.release(), true);
  });

  test("renewal keeps the lock alive while work runs, and never renews another holder's lock", async () => {
    // Renewal every ttl/3 leaves a 2/3-TTL margin, so a loaded CI machine does not make this flaky.
    const locks = new RedisLock(redis, { ttlMs: 1000, waitMs: 1000, retryMs: 20 });
    let tokenDuringWork: string | null = null;
    const result = await locks.withLock('lock:renew', async (signal) => {
      await sleep(2500); // two and a half TTLs
      tokenDuringWork = await redis.get('lock:renew');
      assert.equal(signal.aborted, false);
      return 'done';
    });
    assert.equal(result, 'done');
    assert.ok(tokenDuringWork, 'the lock outlived its 1 s TTL because it was renewed');
    assert.equal(await redis.exists('lock:renew'), 0, 'released afterwards');

    const a = await locks.acquire('lock:lost');
    await redis.set('lock:lost', 'someone-else', 'PX', 5000); // A's lock expired and B took it
    await eventually(async () => a.signal.aborted, "A's work to be told the lock is lost");
    assert.match(String((a.signal.reason as Error).message), /lock "lock:lost" was lost/);
    assert.equal(await redis.get('lock:lost'), 'someone-else');
    const ttl = await redis.pttl('lock:lost');
    assert.ok(ttl > 4000, `A's renewal did not touch B's TTL (${ttl})`);
    assert.equal(await a.release(), false);
  });

  test('a waiter gets the lock once it is released, and withLock releases when the work throws', async () => {
    const locks = new RedisLock(redis, { ttlMs: 5000, waitMs: 2000, retryMs: 20 });
    const a = await locks.acquire('lock:handover');
    const waiting = locks.acquire('lock:handover');
    await sleep(100);
    await a.release();
    const b = await waiting;
    assert.equal(await redis.get('lock:handover'), b.token);
    await b.release();

    await assert.rejects(locks.withLock('lock:throws', async () => Promise.reject(new Error('work failed'))), /work failed/);
    assert.equal(await redis.exists('lock:throws'), 0);
  });
});
