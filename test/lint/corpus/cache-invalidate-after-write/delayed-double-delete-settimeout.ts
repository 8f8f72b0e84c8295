// @ts-nocheck
// expect: none
import Redis from 'ioredis';
import { prisma } from '../prisma';

const redis = new Redis();
const DOUBLE_DELETE_DELAY_MS = 500;

export async function updatePrice(productId: string, price: number) {
  const key = `product:${productId}`;
  await redis.del(key);
  await prisma.product.update({ where: { id: productId }, data: { price } });
  setTimeout(() => {
    redis.del(key).catch((err) => console.error('delayed delete failed', err));
  }, DOUBLE_DELETE_DELAY_MS);
}
