// expect: none
import { createClient } from 'redis';
import { randomUUID } from 'node:crypto';

const client = createClient({ url: process.env.REDIS_URL });
const SAFE_UNLOCK = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';

export async function seckillHandle(seckillId: string) {
  const key = 'key:' + seckillId;
  const val = randomUUID();
  try {
    const locked = await client.set(key, val, { NX: true, EX: 10 });
    if (!locked) throw new Error('busy');
    const left = await client.hIncrBy(`${key}:info`, 'stock', -1);
    if (left < 0) throw new Error('sold out');
  } finally {
    await client.eval(SAFE_UNLOCK, { keys: [key], arguments: [val] });
  }
}
