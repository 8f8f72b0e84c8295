// expect: none
import Redis from 'ioredis';

const redis = new Redis();

// Two replicas may compute the same price; the first result is kept for a minute.
export async function cachePrice(sku: string, price: number) {
  await redis.set(`price:${sku}`, String(price), 'EX', 60, 'NX');
}

export async function dropPrice(sku: string) {
  await redis.del(`price:${sku}`);
}
