// expect: unsafeRelease@22
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';
import { OrderRepository } from './order-repository';

const redis = new Redis(process.env.REDIS_URL ?? 'redis://localhost:6379');
const LOCK_TTL_MS = 15_000;

export class OrderFulfilment {
  constructor(private readonly orders: OrderRepository) {}

  async fulfil(orderId: string): Promise<boolean> {
    const key = `lock:fulfil:${orderId}`;
    const token = randomUUID();
    const acquired = await redis.set(key, token, 'PX', LOCK_TTL_MS, 'NX');
    if (acquired !== 'OK') return false;
    try {
      const order = await this.orders.load(orderId);
      await this.orders.markShipped(order.id);
      return true;
    } finally {
      await redis.del(key);
    }
  }
}
