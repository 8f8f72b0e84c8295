// @ts-nocheck
// expect: updateThenSet@12
import type { Knex } from 'knex';
import type { Cache } from 'cache-manager';

export async function setDefaultAddress(knex: Knex, cache: Cache, userId: number, addressId: number) {
  const address = await knex.transaction(async (trx) => {
    await trx('addresses').where({ user_id: userId }).update({ is_default: false });
    const [row] = await trx('addresses').where({ id: addressId }).update({ is_default: true }).returning('*');
    return row;
  });
  await cache.set(`address:default:${userId}`, address, 600_000);
  return address;
}
