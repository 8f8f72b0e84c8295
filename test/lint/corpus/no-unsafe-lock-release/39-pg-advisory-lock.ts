// expect: none
import { Pool } from 'pg';

const pool = new Pool();

export async function withAdvisoryLock<T>(id: number, fn: () => Promise<T>): Promise<T> {
  const client = await pool.connect();
  try {
    await client.query('SELECT pg_advisory_lock($1)', [id]);
    return await fn();
  } finally {
    await client.query('SELECT pg_advisory_unlock($1)', [id]);
    client.release();
  }
}
