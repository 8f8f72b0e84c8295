// @ts-nocheck
// expect: none
import { PrismaClient } from '@prisma/client';
import Redis from 'ioredis';

const prisma = new PrismaClient();
const redis = new Redis(process.env.REDIS_URL!);

async function main() {
  const products = await prisma.product.findMany({ where: { active: true } });
  const pipeline = redis.pipeline();
  for (const p of products) pipeline.set(`product:${p.id}`, JSON.stringify(p), 'EX', 3600);
  await pipeline.exec();
  await prisma.jobRun.create({ data: { name: 'warm-cache', finishedAt: new Date() } });
}

main().finally(() => prisma.$disconnect());
