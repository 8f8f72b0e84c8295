// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis();

// Compare-and-delete: only the holder's token can remove the key.
const UNLOCK = `
if redis.call("get", KEYS[1]) == ARGV[1] then
  return redis.call("del", KEYS[1])
end
return 0`;

export async function withOrderLock<T>(orderId: string, work: () => Promise<T>): Promise<T | undefined> {
  const key = `lock:order:${orderId}`;
  const token = randomUUID();
  if ((await redis.set(key, token, 'EX', 30, 'NX')) !== 'OK') return undefined;
  try {
    return await work();
  } finally {
    await redis.eval(UNLOCK, 1, key, token);
  }
}
