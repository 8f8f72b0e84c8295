// expect: none
import { createClient } from 'redis';

const client = createClient();

export async function setFlag(name: string, on: boolean) {
  await client.set(`flag:${name}`, on ? '1' : '0');
}

export async function deleteFlag(name: string) {
  await client.del(`flag:${name}`);
}

export async function initFlag(name: string) {
  await client.set(`flag:${name}`, '0', { NX: true });
}
