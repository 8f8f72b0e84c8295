// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis();
redis.defineCommand('unlockIfOwner', {
  numberOfKeys: 1,
  lua: 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0',
});

export async function warmCatalogCache() {
  const token = randomUUID();
  if (!(await redis.set('warmup:catalog:lock', token, 'EX', 120, 'NX'))) return;
  try {
    for (const id of await listProductIds()) {
      await redis.del(`catalog:product:${id}`);
      await redis.set(`catalog:product:${id}`, JSON.stringify(await loadProduct(id)), 'EX', 3600);
    }
  } finally {
    await (redis as unknown as { unlockIfOwner(k: string, t: string): Promise<number> }).unlockIfOwner('warmup:catalog:lock', token);
  }
}

declare function listProductIds(): Promise<string[]>;
declare function loadProduct(id: string): Promise<unknown>;
