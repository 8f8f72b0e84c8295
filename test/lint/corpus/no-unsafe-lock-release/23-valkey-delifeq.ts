// expect: none
import { createClient } from 'redis';

const valkey = createClient({ url: process.env.VALKEY_URL });

export async function lock(resource: string, owner: string): Promise<boolean> {
  const reply = await valkey.set(`lock:${resource}`, owner, { condition: 'NX', expiration: { type: 'EX', value: 30 } });
  return reply === 'OK';
}

export async function unlock(resource: string, owner: string): Promise<boolean> {
  const removed = await valkey.sendCommand(['DELIFEQ', `lock:${resource}`, owner]);
  return removed === 1;
}
