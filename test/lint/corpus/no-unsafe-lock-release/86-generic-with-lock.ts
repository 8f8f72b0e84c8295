// expect: checkThenDelete@14
import type { Redis } from 'ioredis';
import { randomUUID } from 'node:crypto';

export function createLocker(redis: Redis, ttlMs = 10_000) {
  return async function withLock<T>(lockName: string, fn: () => Promise<T>): Promise<T> {
    const token = randomUUID();
    const acquired = await redis.set(lockName, token, 'PX', ttlMs, 'NX');
    if (acquired !== 'OK') throw new Error(`Could not acquire ${lockName}`);
    try {
      return await fn();
    } finally {
      const stillOurs = (await redis.get(lockName)) === token;
      if (stillOurs) await redis.unlink(lockName);
    }
  };
}
