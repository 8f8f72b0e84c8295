// @ts-nocheck
// expect: none
import type Redis from 'ioredis';
import type { PrismaClient, Config } from '@prisma/client';

/** Write-through with a version check: the cache only ever moves forward. */
export async function writeThroughConfig(prisma: PrismaClient, redis: Redis, name: string, value: string) {
  const row: Config = await prisma.config.update({
    where: { name },
    data: { value, version: { increment: 1 } },
  });
  await redis.set(`config:${name}`, JSON.stringify(row));
  return row;
}
