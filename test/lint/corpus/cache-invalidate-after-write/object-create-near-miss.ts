// @ts-nocheck
// expect: none
import Redis from 'ioredis';

const redis = new Redis();
const proto = { kind: 'base' };

export async function buildAndCache(id: string, fields: Record<string, string>) {
  const entity = Object.create(proto);
  Object.assign(entity, fields);
  const seen = new Set<string>();
  seen.delete(id);
  await redis.set(`entity:${id}`, JSON.stringify(entity), 'EX', 30);
  return entity;
}
