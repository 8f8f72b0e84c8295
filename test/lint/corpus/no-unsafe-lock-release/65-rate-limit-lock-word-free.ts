// expect: none
import Redis from 'ioredis';

const redis = new Redis();

export async function throttle(userId: string): Promise<boolean> {
  const key = `throttle:${userId}`;
  const first = await redis.set(key, '1', 'PX', 1000, 'NX');
  return first === 'OK';
}

export async function clearThrottle(userId: string) {
  await redis.del(`throttle:${userId}`);
}
