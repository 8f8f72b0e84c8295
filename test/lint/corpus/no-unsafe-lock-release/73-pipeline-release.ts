// expect: unsafeRelease@12
import Redis from 'ioredis';

const redis = new Redis();

export async function withBatchLock(batchId: string, worker: string, run: () => Promise<void>) {
  const key = `batch:${batchId}:mutex`;
  if ((await redis.set(key, worker, 'PX', 30_000, 'NX')) !== 'OK') return false;
  try {
    await run();
  } finally {
    await redis.pipeline().del(key).hincrby('batch:stats', 'done', 1).exec();
  }
  return true;
}
