// @ts-nocheck
// expect: updateThenSet@15, updateThenSet@16
import { PrismaClient } from '@prisma/client';
import { Redis } from '@upstash/redis';

const prisma = new PrismaClient();
const redis = Redis.fromEnv();

export async function transfer(fromId: string, toId: string, amount: number) {
  const [from, to] = await prisma.$transaction(async (tx) => {
    const from = await tx.account.update({ where: { id: fromId }, data: { balance: { decrement: amount } } });
    const to = await tx.account.update({ where: { id: toId }, data: { balance: { increment: amount } } });
    return [from, to];
  });
  await redis.set(`account:${fromId}`, from, { ex: 300 });
  await redis.set(`account:${toId}`, to, { ex: 300 });
  return { from, to };
}
