// expect: unsafeRelease@14
import { createClient } from 'redis';
import { randomUUID } from 'node:crypto';

const client = createClient();
const KEY = 'nightly-rollup:lock';

export async function nightlyRollup() {
  const token = randomUUID();
  if ((await client.SET(KEY, token, { NX: true, EX: 1800 })) !== 'OK') return;
  try {
    await rollup();
  } finally {
    await client.DEL(KEY);
  }
}

declare function rollup(): Promise<void>;
