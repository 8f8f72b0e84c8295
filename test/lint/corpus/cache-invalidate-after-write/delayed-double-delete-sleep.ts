// @ts-nocheck
// expect: none
import { setTimeout as sleep } from 'node:timers/promises';
import type { Knex } from 'knex';
import type Redis from 'ioredis';

export async function updateStock(db: Knex, redis: Redis, sku: string, stock: number) {
  const key = `stock:${sku}`;
  await redis.del(key);
  await db('inventory').where({ sku }).update({ stock });
  await sleep(300);
  await redis.del(key);
}
