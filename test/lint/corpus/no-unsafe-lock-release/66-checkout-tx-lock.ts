// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis();

export async function checkout(cartId: string) {
  const lockKey = `cart:${cartId}:lock`;
  const token = randomUUID();
  const ok = await redis.set(lockKey, token, 'EX', 10, 'NX');
  if (!ok) throw new Error('Checkout already in progress for this cart');
  try {
    await placeOrder(cartId);
  } finally {
    await redis.watch(lockKey);
    const tx = redis.multi();
    if ((await redis.get(lockKey)) === token) tx.del(lockKey);
    await tx.exec();
  }
}

declare function placeOrder(cartId: string): Promise<void>;
