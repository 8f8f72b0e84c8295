// expect: unsafeRelease@12
import Redis from 'ioredis';

const redis = new Redis();
const LOCK_PREFIX = 'locks:';

export async function lockUser(userId: string, token: string) {
  return redis.set(`${LOCK_PREFIX}${userId}`, token, 'EX', 5, 'NX');
}

export async function unlockUser(userId: string) {
  return redis.del(LOCK_PREFIX + userId);
}
