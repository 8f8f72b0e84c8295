// @ts-nocheck
// expect: updateThenSet@14
import type { Knex } from 'knex';
import type { RedisClientType } from 'redis';

export class AccountService {
  constructor(private readonly db: Knex, private readonly redis: RedisClientType) {}

  async rename(accountId: string, displayName: string) {
    const [account] = await this.db('accounts')
      .where({ id: accountId })
      .update({ display_name: displayName, updated_at: this.db.fn.now() })
      .returning('*');
    await this.redis.set(`account:${accountId}`, JSON.stringify(account), { EX: 300 });
    return account;
  }

  async close(accountId: string) {
    await this.db('accounts').where({ id: accountId }).del();
    await this.redis.del(`account:${accountId}`);
  }
}
