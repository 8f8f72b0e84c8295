// expect: unsafeRelease@13
import { createClient } from 'redis';

const redis = createClient();

type LockArgs = { key: string; owner: string; ttlMs?: number };

export async function acquireLock({ key, owner, ttlMs = 10_000 }: LockArgs) {
  return (await redis.set(key, owner, { NX: true, PX: ttlMs })) === 'OK';
}

export async function releaseLock({ key }: Pick<LockArgs, 'key'>) {
  return redis.del(key);
}
