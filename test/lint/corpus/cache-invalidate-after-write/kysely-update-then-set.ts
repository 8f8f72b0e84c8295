// @ts-nocheck
// expect: updateThenSet@14
import type { Kysely } from 'kysely';
import type { Redis } from 'ioredis';
import type { DB } from './schema';

export async function setDisplayName(db: Kysely<DB>, redis: Redis, userId: string, displayName: string) {
  const user = await db
    .updateTable('users')
    .set({ display_name: displayName })
    .where('id', '=', userId)
    .returningAll()
    .executeTakeFirstOrThrow();
  await redis.set(`user:${userId}`, JSON.stringify(user));
  return user;
}

export async function deleteUser(db: Kysely<DB>, redis: Redis, userId: string) {
  await db.deleteFrom('users').where('id', '=', userId).execute();
  await redis.del(`user:${userId}`);
}
