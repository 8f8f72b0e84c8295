// expect: constantLockValue@8, unsafeRelease@12
import Redis from 'ioredis';

const redis = new Redis();
const LOCK = (name: string) => `scheduler:lock:${name}`;

async function tryLock(name: string, ttlSeconds: number): Promise<boolean> {
  return (await redis.set(LOCK(name), '1', 'EX', ttlSeconds, 'NX')) === 'OK';
}

async function unlock(name: string): Promise<void> {
  await redis.del(LOCK(name));
}

export async function runScheduled(name: string, job: () => Promise<void>) {
  if (!(await tryLock(name, 60))) return;
  try {
    await job();
  } finally {
    await unlock(name);
  }
}
