// @ts-nocheck
// expect: updateThenSet@9
import { Prisma, PrismaClient } from '@prisma/client';
import type { Redis } from 'ioredis';

export async function applyDiscount(prisma: PrismaClient, redis: Redis, categoryId: number, pct: number) {
  const count = await prisma.$executeRaw`UPDATE "Product" SET price = price * ${1 - pct / 100} WHERE "categoryId" = ${categoryId}`;
  const products = await prisma.product.findMany({ where: { categoryId } });
  await redis.set(`category:${categoryId}:products`, JSON.stringify(products), 'EX', 600);
  return count;
}

export async function rebuildSearch(prisma: PrismaClient, redis: Redis) {
  const rows = await prisma.$queryRaw<{ id: number }[]>(Prisma.sql`SELECT id FROM "Product" WHERE active`);
  await redis.set('search:product-ids', JSON.stringify(rows.map((r) => r.id)), 'EX', 600);
}
