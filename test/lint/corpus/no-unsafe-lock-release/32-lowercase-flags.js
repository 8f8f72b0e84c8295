// expect: unsafeRelease@14
import Redis from 'ioredis';

const redis = new Redis();

export async function withLock(name, ttl, fn) {
  const key = `${name}.lock`;
  const id = Math.random().toString(36).slice(2);
  const ok = await redis.set(key, id, 'px', ttl, 'nx');
  if (!ok) throw new Error('resource busy');
  try {
    return await fn();
  } finally {
    await redis.unlink(key);
  }
}
