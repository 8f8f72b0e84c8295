// Orders are read through a Redis cache (cache-aside). Writers must invalidate, not refill: two concurrent writers
// that each `set` the row they wrote can leave the older one in the cache until it expires.
import { PrismaClient } from '@prisma/client';
import Redis from 'ioredis';

const prisma = new PrismaClient();
const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const TTL_SECONDS = 300;

/** Read path: get, on a miss read the database and fill the cache with a TTL. */
export async function getOrder(id: string) {
  const cached = await redis.get(`order:${id}`);
  if (cached) return JSON.parse(cached);
  const order = await prisma.order.findUnique({ where: { id } });
  if (order) await redis.set(`order:${id}`, JSON.stringify(order), 'EX', TTL_SECONDS);
  return order;
}

/** Bug: update-then-set — a concurrent writer's older row can win the cache. */
export async function renameOrder(id: string, name: string) {
  const order = await prisma.order.update({ where: { id }, data: { name } });
  await redis.set(`order:${id}`, JSON.stringify(order), 'EX', TTL_SECONDS);
  return order;
}

/** Fixed: update, then delete the cached row; the next read refills it from the database. */
export async function relabelOrder(id: string, label: string) {
  const order = await prisma.order.update({ where: { id }, data: { label } });
  await redis.del(`order:${id}`);
  return order;
}
