// expect: none
import Redis from 'ioredis';

const redis = new Redis();
const MAX_ATTEMPTS = 5;

export async function recordFailedLogin(userId: string) {
  const attempts = await redis.incr(`login:fail:${userId}`);
  await redis.expire(`login:fail:${userId}`, 900);
  if (attempts >= MAX_ATTEMPTS) await redis.set(`login:locked:${userId}`, '1', 'EX', 900, 'NX');
}

export async function isLockedOut(userId: string) {
  return (await redis.exists(`login:locked:${userId}`)) === 1;
}

export async function unlockAccount(userId: string) {
  await redis.del(`login:locked:${userId}`, `login:fail:${userId}`);
}
