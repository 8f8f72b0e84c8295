// @ts-nocheck
// expect: updateThenSet@10, updateThenSet@15
import { createClient } from 'redis';
import { Price } from '../db/models/price';

const redis = createClient({ url: process.env.REDIS_URL });

export async function importPrices(rows: Array<{ sku: string; cents: number }>) {
  await Price.bulkCreate(rows, { updateOnDuplicate: ['cents'] });
  await redis.mSet(rows.map((r) => [`price:${r.sku}`, String(r.cents)]));
}

export async function setTwo(a: { sku: string; cents: number }, b: { sku: string; cents: number }) {
  await Price.bulkCreate([a, b], { updateOnDuplicate: ['cents'] });
  await redis.mSet([[`price:${a.sku}`, String(a.cents)], [`price:${b.sku}`, String(b.cents)]]);
}
