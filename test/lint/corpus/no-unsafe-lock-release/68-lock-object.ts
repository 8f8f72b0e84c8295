// expect: unsafeRelease@16
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis();

interface HeldLock { key: string; token: string }

export async function lockFor(entity: string, id: string): Promise<HeldLock | null> {
  const lock = { key: `lock:${entity}:${id}`, token: randomUUID() };
  const ok = await redis.set(lock.key, lock.token, 'NX', 'PX', 20_000);
  return ok ? lock : null;
}

export async function unlockFor(lock: HeldLock): Promise<void> {
  await redis.del(lock.key);
}
