// @ts-nocheck
// expect: none
import type { Knex } from 'knex';
import type { Cache } from 'cache-manager';

export async function mergeAccounts(knex: Knex, cache: Cache, keepId: number, dropId: number) {
  await knex.transaction(async (trx) => {
    await trx('orders').where({ account_id: dropId }).update({ account_id: keepId });
    await trx('accounts').where({ id: dropId }).del();
  });
  await cache.del(`account:${keepId}`);
  await cache.del(`account:${dropId}`);
}
