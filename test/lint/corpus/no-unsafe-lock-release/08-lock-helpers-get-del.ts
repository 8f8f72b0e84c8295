// expect: checkThenDelete@13
import Redis from 'ioredis';

const redis = new Redis();

export async function acquireLock(key: string, token: string, ttlMs = 5000) {
  return (await redis.set(key, token, 'NX', 'PX', ttlMs)) === 'OK';
}

export async function releaseLock(key: string, token: string) {
  const current = await redis.get(key);
  if (current === token) {
    await redis.del(key);
    return true;
  }
  return false;
}
