// @ts-nocheck
// expect: none
import type { RedisClientType } from 'redis';
import type { PrismaClient } from '@prisma/client';

export async function syncCatalog(prisma: PrismaClient, redis: RedisClientType, items: Array<{ sku: string; name: string }>) {
  for (const item of items) {
    await prisma.catalogItem.upsert({ where: { sku: item.sku }, create: item, update: { name: item.name } });
  }
  await redis.set('catalog:last-sync', new Date().toISOString());
  await redis.del('catalog:all');
}
