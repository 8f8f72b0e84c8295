// expect: constantLockValue@9, unsafeRelease@14
import cron from 'node-cron';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);
const CRON_LOCK = 'cron:sync-prices:lock';

cron.schedule('*/5 * * * *', async () => {
  const got = await redis.set(CRON_LOCK, 'running', 'EX', 240, 'NX');
  if (!got) return;
  try {
    await syncPrices();
  } finally {
    await redis.del(CRON_LOCK);
  }
});

declare function syncPrices(): Promise<void>;
