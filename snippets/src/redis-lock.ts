/** Redis lock: SET NX PX with a random token, compare-and-delete release, renewal while work runs, fencing token.
 *  Release and renewal act only if the key still holds our token, so an expired holder never deletes the next holder's lock. */
import { randomUUID } from 'node:crypto';
import { setTimeout as sleepFor } from 'node:timers/promises';
import type { Redis } from 'ioredis';

// EVAL rather than EVALSHA: a failover to a replica with an empty script cache cannot fail a call, and Redis
// caches the compiled script anyway. In Redis Cluster put the key in a hash tag,
// e.g. `lock:{order:42}`, so the lock and its `:fence` counter share a slot.

// Takes the lock and, in the same step, the next fencing number: storage must reject writes with an older one.
const ACQUIRE = `
if redis.call('SET', KEYS[1], ARGV[1], 'NX', 'PX', ARGV[2]) then
  return redis.call('INCR', KEYS[2])
end
return false`;
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0`;
const RENEW = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('PEXPIRE', KEYS[1], ARGV[2]) end
return 0`;

export class LockNotAcquiredError extends Error {
  constructor(key: string, waitedMs: number) {
    super(`could not lock "${key}" within ${waitedMs} ms: another holder has it; retry later`);
    this.name = 'LockNotAcquiredError';
  }
}

/** A held lock: `fence` orders holders; `signal` aborts if renewal finds the lock lost. */
export interface Lock {
  key: string;
  token: string;
  fence: number;
  signal: AbortSignal;
  /** Deletes the lock if it is still ours; resolves false if it had already expired. */
  release(): Promise<boolean>;
}

export interface RedisLockOptions {
  /** Lock lifetime; renewal extends it every `ttlMs / 3` while the work runs. */
  ttlMs: number;
  /** How long `acquire` keeps trying before LockNotAcquiredError. */
  waitMs: number;
  /** Pause between attempts to take a busy lock. */
  retryMs: number;
}

export class /*$1*/RedisLock {
  private readonly redis: Redis;
  private readonly o: RedisLockOptions;

  constructor(redis: Redis, options: RedisLockOptions) {
    this.redis = redis;
    this.o = options;
  }

  /** Takes the lock, retrying until `waitMs` passes; the lock renews itself until released. */
  async acquire(key: string, signal?: AbortSignal): Promise<Lock> {
    const token = randomUUID();
    const started = Date.now();
    for (;;) {
      const fence = await this.redis.eval(ACQUIRE, 2, key, `${key}:fence`, token, this.o.ttlMs);
      if (typeof fence === 'number') return this.held(key, token, fence);
      if (Date.now() - started >= this.o.waitMs) throw new LockNotAcquiredError(key, this.o.waitMs);
      // A little jitter keeps waiting clients from retrying in lockstep.
      await sleepFor(this.o.retryMs * (0.5 + Math.random()), undefined, { signal });
    }
  }

  /** Runs `work` holding the lock; `work` gets a signal that aborts if the lock is lost, and the fencing token. */
  async withLock<T>(key: string, work: (signal: AbortSignal, fence: number) => Promise<T>, signal?: AbortSignal): Promise<T> {
    const lock = await this.acquire(key, signal);
    try {
      return await work(signal ? AbortSignal.any([signal, lock.signal]) : lock.signal, lock.fence);
    } finally {
      // If Redis is unreachable the lock simply expires after ttlMs; that must not hide the work's own outcome.
      await lock.release().catch(() => false);
    }
  }

  private held(key: string, token: string, fence: number): Lock {
    const lost = new AbortController();
    const stop = new AbortController();
    const renew = async (): Promise<void> => {
      while (!stop.signal.aborted) {
        await sleepFor(this.o.ttlMs / 3, undefined, { signal: stop.signal }).catch(() => {});
        if (stop.signal.aborted) return;
        // A renewal that fails (network) counts as lost: we can no longer prove the lock is ours.
        const renewed = await this.redis.eval(RENEW, 1, key, token, this.o.ttlMs).catch(() => 0);
        if (renewed !== 1) {
          lost.abort(new Error(`lock "${key}" was lost (expired or taken over); stop writing under fence ${fence}`));
          return;
        }
      }
    };
    void renew();
    return {
      key,
      token,
      fence,
      signal: lost.signal,
      release: async () => {
        stop.abort();
        return (await this.redis.eval(RELEASE, 1, key, token)) === 1;
      },
    };
  }
}

// Example: const lock = new RedisLock(new Redis(), lockOptions);
//          await lock.withLock('lock:order:42', async (signal, fence) => saveOrder(order, { fence, signal }));
export const /*$2*/lockOptions: RedisLockOptions = { ttlMs: /*$3*/10000, waitMs: /*$4*/3000, retryMs: /*$5*/100 };
