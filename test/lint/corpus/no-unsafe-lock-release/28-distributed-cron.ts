// expect: none
import cron from 'node-cron';
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL!);

cron.schedule('*/5 * * * *', async () => {
  const got = await redis.set('cron:sync-prices', 'running', 'EX', 240, 'NX');
  if (!got) return;
  await syncPrices();
});

declare function syncPrices(): Promise<void>;
