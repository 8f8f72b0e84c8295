// expect: constantLockValue@12, unsafeRelease@19
import { createClient } from 'redis';

const client = createClient({ url: process.env.REDIS_URL });
await client.connect();

interface SeckillRequest { seckillId: string; userId: string }

export async function seckillHandle(request: SeckillRequest) {
  const key = 'key:' + request.seckillId;
  try {
    const lockFlag = await client.set(key, 'val', { NX: true, EX: 10 });
    if (lockFlag) {
      await verifyUser(request.userId);
      const stock = Number(await client.hGet(key + ':info', 'stock'));
      if (stock > 0) await client.hIncrBy(key + ':info', 'stock', -1);
    }
  } finally {
    await client.del(key);
  }
}

declare function verifyUser(id: string): Promise<void>;
