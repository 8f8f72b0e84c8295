// expect: none
import Redis from 'ioredis';

const redis = new Redis();

// First instance to boot seeds the demo data; the marker stays so restarts skip seeding.
export async function seedOnce() {
  const first = await redis.setnx('seeded:v3', new Date().toISOString());
  if (first) await seedDemoData();
}

declare function seedDemoData(): Promise<void>;
