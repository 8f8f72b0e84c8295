// expect: none
import { Redis } from '@upstash/redis';

const redis = new Redis({ url: process.env.UPSTASH_URL!, token: process.env.UPSTASH_TOKEN! });

export async function allow(ip: string, limit = 100): Promise<boolean> {
  const bucket = `ratelimit:${ip}:${Math.floor(Date.now() / 60_000)}`;
  await redis.set(bucket, 0, { nx: true, ex: 60 });
  const count = await redis.incr(bucket);
  return count <= limit;
}

export async function resetLimit(ip: string) {
  const keys = await redis.keys(`ratelimit:${ip}:*`);
  if (keys.length > 0) await redis.del(...keys);
}
