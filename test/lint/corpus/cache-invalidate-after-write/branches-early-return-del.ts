// @ts-nocheck
// expect: none
import type { Knex } from 'knex';
import type Redis from 'ioredis';

export async function setNickname(knex: Knex, redis: Redis, userId: number, nickname: string | null) {
  if (nickname === null) {
    await knex('users').where({ id: userId }).update({ nickname: null });
    await redis.del(`user:${userId}`);
    return;
  }
  await knex('users').where({ id: userId }).update({ nickname });
  await redis.del(`user:${userId}`);
}

export async function clearIfMissing(knex: Knex, redis: Redis, userId: number) {
  const row = await knex('users').where({ id: userId }).first();
  if (!row) {
    await redis.del(`user:${userId}`);
    return null;
  }
  await knex('users').where({ id: userId }).update({ seen_at: knex.fn.now() });
  await redis.del(`user:${userId}`);
  return row;
}
