// @ts-nocheck
// expect: updateThenSet@11, updateThenSet@16
import IORedis from 'ioredis';
import { Knex } from 'knex';

export class ProfileCache {
  constructor(private readonly knex: Knex, private readonly redis: IORedis) {}

  async updateAvatar(userId: string, url: string) {
    await this.knex('profiles').where('user_id', userId).update({ avatar_url: url });
    await this.redis.psetex(`avatar:${userId}`, 60_000, url);
  }

  async updateNames(userId: string, first: string, last: string) {
    await this.knex('profiles').where('user_id', userId).update({ first_name: first, last_name: last });
    await this.redis.hmset(`profile:${userId}`, 'first', first, 'last', last);
  }
}
