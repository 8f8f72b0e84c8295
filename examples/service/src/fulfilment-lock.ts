// Only one worker may fulfil an order. The lock lives in Redis with a lease, so a crashed worker cannot block an
// order for ever — which also means a slow worker can lose the lock to another one before it finishes.
import { randomUUID } from 'node:crypto';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const LEASE_MS = 30_000;

// Deletes the key only if it still holds our token (atomic on the Redis server).
const RELEASE_LOCK_SCRIPT = 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) else return 0 end';

/** Bug: the plain DEL can delete the lock another worker took after our lease ran out. */
export async function fulfilOnce(orderId: string, fulfil: () => Promise<void>): Promise<boolean> {
  const key = `lock:fulfil:${orderId}`;
  const token = randomUUID();
  if ((await redis.set(key, token, 'PX', LEASE_MS, 'NX')) !== 'OK') return false;
  try {
    await fulfil();
  } finally {
    await redis.del(key);
  }
  return true;
}

/** Fixed: releases only our own lock, with a compare-and-delete script. */
export async function fulfilOnceSafely(orderId: string, fulfil: () => Promise<void>): Promise<boolean> {
  const key = `lock:fulfil-safe:${orderId}`;
  const token = randomUUID();
  if ((await redis.set(key, token, 'PX', LEASE_MS, 'NX')) !== 'OK') return false;
  try {
    await fulfil();
  } finally {
    await redis.eval(RELEASE_LOCK_SCRIPT, 1, key, token);
  }
  return true;
}
