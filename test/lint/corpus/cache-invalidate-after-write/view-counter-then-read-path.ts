// @ts-nocheck
// expect: none
import type { PrismaClient } from '@prisma/client';
import type { RedisClientType } from 'redis';

export async function getArticle(prisma: PrismaClient, redis: RedisClientType, slug: string, viewerId?: string) {
  if (viewerId) {
    await prisma.articleView.create({ data: { slug, viewerId } });
  }
  const key = `article:${slug}`;
  const cached = await redis.get(key);
  if (cached) return JSON.parse(cached);
  const article = await prisma.article.findUnique({ where: { slug }, include: { author: true } });
  await redis.set(key, JSON.stringify(article), { EX: 120 });
  return article;
}
