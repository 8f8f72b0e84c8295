// expect: none
import Redis from 'ioredis';

const redis = new Redis();

export async function acquireSlot(name: string, id: string, limit: number, ttlMs: number) {
  const key = `semaphore:${name}`;
  const now = Date.now();
  await redis.zremrangebyscore(key, 0, now - ttlMs);
  await redis.zadd(key, now, id);
  const rank = await redis.zrank(key, id);
  if (rank !== null && rank < limit) return true;
  await redis.zrem(key, id);
  return false;
}

export async function releaseSlot(name: string, id: string) {
  await redis.zrem(`semaphore:${name}`, id);
}
