// expect: unsafeRelease@14
import Redis from 'ioredis';

export const redis = new Redis({ host: 'redis', port: 6379 });

/** Takes a lock for `ttlMs`; resolves true when we got it. */
export async function acquireLock(key: string, token: string, ttlMs: number): Promise<boolean> {
  const res = await redis.set(key, token, 'PX', ttlMs, 'NX');
  return res === 'OK';
}

/** Releases the lock taken by acquireLock. */
export async function releaseLock(key: string): Promise<void> {
  await redis.del(key);
}
