// expect: none
import Redis from 'ioredis';
import Redlock, { ResourceLockedError } from 'redlock';

const redis = new Redis();
const redlock = new Redlock([redis], { retryCount: 3, retryDelay: 200 });

export async function reconcileAccount(accountId: string) {
  try {
    await redlock.using([`account:${accountId}`], 10_000, async (signal) => {
      const balance = await computeBalance(accountId);
      if (signal.aborted) throw signal.error;
      await redis.set(`balance:${accountId}`, String(balance));
    });
  } catch (err) {
    if (err instanceof ResourceLockedError) return;
    throw err;
  }
}

declare function computeBalance(id: string): Promise<number>;
