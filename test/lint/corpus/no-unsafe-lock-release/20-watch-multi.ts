// expect: none
import Redis from 'ioredis';

const redis = new Redis();

export async function acquire(name: string, token: string, ttlMs: number) {
  return (await redis.set(`mutex:${name}`, token, 'PX', ttlMs, 'NX')) === 'OK';
}

// Optimistic compare-and-delete: EXEC aborts if the key changed after WATCH.
export async function release(name: string, token: string): Promise<boolean> {
  const key = `mutex:${name}`;
  await redis.watch(key);
  const holder = await redis.get(key);
  if (holder !== token) {
    await redis.unwatch();
    return false;
  }
  const result = await redis.multi().del(key).exec();
  return result !== null;
}
