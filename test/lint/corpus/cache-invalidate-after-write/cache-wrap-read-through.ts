// @ts-nocheck
// expect: none
import { createCache } from 'cache-manager';
import { Keyv } from 'keyv';
import KeyvRedis from '@keyv/redis';
import { db } from '../db';

const cache = createCache({ stores: [new Keyv({ store: new KeyvRedis(process.env.REDIS_URL) })] });

export function getPlan(id: string) {
  return cache.wrap(`plan:${id}`, () => db.plan.findUnique({ where: { id } }), 60_000);
}

export async function updatePlan(id: string, data: { name: string }) {
  const plan = await db.plan.update({ where: { id }, data });
  await cache.del(`plan:${id}`);
  return plan;
}
