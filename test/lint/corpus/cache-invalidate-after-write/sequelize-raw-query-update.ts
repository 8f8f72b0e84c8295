// @ts-nocheck
// expect: updateThenSet@11
import { QueryTypes } from 'sequelize';
import { sequelize } from '../db';
import { redis } from '../redis';

const UPDATE_LAST_SEEN = 'UPDATE devices SET last_seen_at = NOW() WHERE id = :id RETURNING *';

export async function touchDevice(id: string) {
  const [device] = await sequelize.query(UPDATE_LAST_SEEN, { replacements: { id }, type: QueryTypes.UPDATE });
  await redis.set(`device:${id}`, JSON.stringify(device), 'EX', 120);
}

export async function listDevices(userId: string) {
  const rows = await sequelize.query('SELECT * FROM devices WHERE user_id = :userId', {
    replacements: { userId },
    type: QueryTypes.SELECT,
  });
  await redis.set(`devices:${userId}`, JSON.stringify(rows), 'EX', 120);
  return rows;
}
