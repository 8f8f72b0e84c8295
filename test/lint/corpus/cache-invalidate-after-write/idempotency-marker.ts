// @ts-nocheck
// expect: none
import type { Knex } from 'knex';
import type { RedisClientType } from 'redis';

export async function handlePaymentWebhook(db: Knex, redis: RedisClientType, event: { id: string; orderId: string }) {
  const seen = await redis.get(`webhook:processed:${event.id}`);
  if (seen) return;
  await db('orders').where({ id: event.orderId }).update({ status: 'paid' });
  await redis.set(`webhook:processed:${event.id}`, '1', { EX: 86_400 });
}
