// expect: unsafeRelease@12
import { createClient } from 'redis';

const client = createClient();

export async function lockTable(table: string, owner: string) {
  const reply = await client.sendCommand(['SET', `lock:table:${table}`, owner, 'NX', 'PX', '30000']);
  return reply === 'OK';
}

export async function unlockTable(table: string) {
  await client.sendCommand(['DEL', `lock:table:${table}`]);
}
