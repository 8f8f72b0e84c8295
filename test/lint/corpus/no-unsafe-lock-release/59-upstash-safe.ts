// expect: none
import { Redis } from '@upstash/redis';

const redis = Redis.fromEnv();
const unlockScript = redis.createScript<number>(
  'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end',
);

export async function withEdgeLock<T>(name: string, fn: () => Promise<T>): Promise<T | null> {
  const id = crypto.randomUUID();
  const ok = await redis.set(`lock:${name}`, id, { nx: true, px: 5000 });
  if (!ok) return null;
  try {
    return await fn();
  } finally {
    await unlockScript.exec([`lock:${name}`], [id]);
  }
}
