// @ts-nocheck
// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { prisma } from './prisma';

const redis = new Redis();
const RELEASE = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';

export async function reserveSeat(showId: string, seat: string, userId: string) {
  const token = randomUUID();
  const lockKey = `lock:show:${showId}`;
  if ((await redis.set(lockKey, token, 'PX', 5000, 'NX')) !== 'OK') throw new Error('Show is busy, retry');
  try {
    await prisma.reservation.create({ data: { showId, seat, userId } });
  } finally {
    await redis.eval(RELEASE, 1, lockKey, token);
  }
}
