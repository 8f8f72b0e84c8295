// @ts-nocheck
// expect: updateThenSet@15
import { Pool } from 'pg';
import { createClient } from 'redis';

const pool = new Pool({ connectionString: process.env.DATABASE_URL });
const redis = createClient({ url: process.env.REDIS_URL });

export async function updateBalance(walletId: string, delta: number) {
  const { rows } = await pool.query(
    'UPDATE wallets SET balance = balance + $1, updated_at = now() WHERE id = $2 RETURNING balance',
    [delta, walletId],
  );
  const balance = rows[0].balance;
  await redis.setEx(`wallet:${walletId}:balance`, 60, String(balance));
  return balance;
}

export async function readBalance(walletId: string) {
  const cached = await redis.get(`wallet:${walletId}:balance`);
  if (cached !== null) return Number(cached);
  const { rows } = await pool.query('SELECT balance FROM wallets WHERE id = $1', [walletId]);
  await redis.setEx(`wallet:${walletId}:balance`, 60, String(rows[0].balance));
  return rows[0].balance;
}
