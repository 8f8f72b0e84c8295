// @ts-nocheck
// expect: none
import Redis from 'ioredis';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');

export async function cacheExchangeRates(base: string, rates: Record<string, number>) {
  await redis.set(`rates:${base}`, JSON.stringify(rates), 'EX', 300);
  await redis.hset(`rates:meta`, base, Date.now().toString());
}

export async function cacheFeatureFlags(flags: Record<string, boolean>) {
  const entries = Object.entries(flags).flatMap(([k, v]) => [`flag:${k}`, String(v)]);
  await redis.mset(...entries);
}
