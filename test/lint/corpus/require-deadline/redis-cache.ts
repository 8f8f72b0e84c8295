// expect: none
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!, { commandTimeout: 500 });

export async function cached<T>(key: string, load: () => Promise<T>, ttl = 60): Promise<T> {
  const hit = await redis.get(key);
  if (hit) return JSON.parse(hit) as T;
  const value = await load();
  await redis.set(key, JSON.stringify(value), 'EX', ttl);
  return value;
}

export const del = (key: string) => redis.del(key);
