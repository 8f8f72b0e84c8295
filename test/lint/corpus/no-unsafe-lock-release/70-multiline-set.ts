// expect: constantLockValue@8, unsafeRelease@19
import Redis from 'ioredis';

const redis = new Redis();

export async function importFeed(feedId: string): Promise<void> {
  const lockKey = `feed-import:${feedId}:lock`;
  const locked = await redis.set(
    lockKey,
    'true',
    'EX',
    300,
    'NX',
  );
  if (!locked) return;
  try {
    await pull(feedId);
  } finally {
    await redis
      .del(lockKey)
      .catch(() => undefined);
  }
}

declare function pull(id: string): Promise<void>;
