// @ts-nocheck
// expect: none
import { PrismaClient } from '@prisma/client';
import { Redis } from '@upstash/redis';

const prisma = new PrismaClient();
const redis = Redis.fromEnv();

export async function transfer(fromId: string, toId: string, amount: number) {
  await prisma.$transaction([
    prisma.account.update({ where: { id: fromId }, data: { balance: { decrement: amount } } }),
    prisma.account.update({ where: { id: toId }, data: { balance: { increment: amount } } }),
  ]);
  await redis.del(`account:${fromId}`, `account:${toId}`);
}
