// @ts-nocheck
// expect: deleteThenUpdate@9
import Redis from 'ioredis';
import { knex } from '../knex';

const redis = new Redis();

export async function changeRole(userId: number, role: string) {
  await redis.unlink(`perm:${userId}`);
  await knex('user_roles').where({ user_id: userId }).update({ role });
  return { userId, role };
}
