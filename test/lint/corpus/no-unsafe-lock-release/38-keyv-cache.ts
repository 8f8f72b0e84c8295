// expect: none
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';

const cache = new Keyv({ store: new KeyvRedis(process.env.REDIS_URL) });

export async function rememberLockout(userId: string) {
  await cache.set(`lockout:${userId}`, true, 15 * 60 * 1000);
}

export async function clearLockout(userId: string) {
  await cache.delete(`lockout:${userId}`);
}
