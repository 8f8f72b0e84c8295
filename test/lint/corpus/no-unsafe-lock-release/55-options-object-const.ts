// expect: unsafeRelease@15
import { createClient } from 'redis';
import { randomUUID } from 'node:crypto';

const client = createClient();
const LOCK_OPTIONS = { NX: true, PX: 10_000 } as const;

export async function syncCatalog() {
  const token = randomUUID();
  const locked = await client.set('catalog:sync:lock', token, LOCK_OPTIONS);
  if (!locked) return;
  try {
    await pullCatalog();
  } finally {
    await client.del('catalog:sync:lock');
  }
}

declare function pullCatalog(): Promise<void>;
