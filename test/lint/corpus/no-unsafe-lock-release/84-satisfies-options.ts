// expect: none
import { createClient, type SetOptions } from 'redis';

const client = createClient();
const ACQUIRE = { condition: 'NX', expiration: { type: 'PX', value: 15_000 } } satisfies SetOptions;

export async function acquire(name: string, owner: string) {
  return (await client.set(`lock:${name}`, owner, ACQUIRE)) === 'OK';
}

export async function release(name: string, owner: string) {
  return client.eval(
    'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end',
    { keys: [`lock:${name}`], arguments: [owner] },
  );
}
