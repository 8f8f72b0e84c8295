// @ts-nocheck
// expect: none
import { Worker } from 'bullmq';
import Redis from 'ioredis';
import { prisma } from '../prisma';

const connection = new Redis(process.env.REDIS_URL!, { maxRetriesPerRequest: null });

export function startWorkers() {
  new Worker('recalc', async (job) => {
    const { userId } = job.data;
    const total = await prisma.order.aggregate({ where: { userId }, _sum: { amount: true } });
    await connection.set(`user:${userId}:total`, String(total._sum.amount ?? 0), 'EX', 600);
  }, { connection });

  new Worker('orders', async (job) => {
    await prisma.order.create({ data: job.data });
    await connection.del(`user:${job.data.userId}:total`);
  }, { connection });
}
