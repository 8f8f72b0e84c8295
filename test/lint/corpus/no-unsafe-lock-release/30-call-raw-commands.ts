// expect: unsafeRelease@13
import Redis from 'ioredis';

const redis = new Redis();

export async function migrateTenant(tenant: string, owner: string) {
  const key = `migration:${tenant}:lock`;
  const ok = await redis.call('SET', key, owner, 'NX', 'EX', '600');
  if (ok !== 'OK') throw new Error(`migration for ${tenant} already running`);
  try {
    await runMigrations(tenant);
  } finally {
    await redis.call('DEL', key);
  }
}

declare function runMigrations(tenant: string): Promise<void>;
