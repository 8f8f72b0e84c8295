// expect: constantLockValue@10, unsafeRelease@13
import Redis from 'ioredis';

const redis = new Redis();

export async function getOrRebuild(key: string, rebuild: () => Promise<string>): Promise<string | null> {
  const hit = await redis.get(key);
  if (hit !== null) return hit;
  const mutexKey = `mutex:${key}`;
  if (!(await redis.set(mutexKey, 1, 'EX', 5, 'NX'))) return null;
  const value = await rebuild();
  await redis.set(key, value, 'EX', 300);
  await redis.del(mutexKey);
  return value;
}
