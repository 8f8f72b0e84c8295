// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis();
const RELEASE = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';

/** Read-through with a rebuild lock so only one caller recomputes an expired entry. */
export async function getOrRebuild(key: string, rebuild: () => Promise<string>): Promise<string | null> {
  const hit = await redis.get(key);
  if (hit !== null) return hit;
  const lockKey = `${key}:rebuild-lock`;
  const token = randomUUID();
  if (!(await redis.set(lockKey, token, 'PX', 5_000, 'NX'))) return null;
  try {
    const value = await rebuild();
    await redis.set(key, value, 'EX', 300);
    return value;
  } finally {
    await redis.eval(RELEASE, 1, lockKey, token);
  }
}
