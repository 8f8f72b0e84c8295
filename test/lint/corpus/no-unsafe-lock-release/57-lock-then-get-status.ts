// expect: none
import Redis from 'ioredis';
import { randomUUID } from 'node:crypto';

const redis = new Redis();

export async function startBackup(): Promise<string | null> {
  const token = randomUUID();
  const ok = await redis.set('lock:backup', token, 'EX', 3600, 'NX');
  return ok ? token : null;
}

export async function backupStatus(): Promise<'running' | 'idle'> {
  return (await redis.get('lock:backup')) ? 'running' : 'idle';
}

export async function extendBackup(token: string): Promise<boolean> {
  const res = await redis.eval(
    'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("expire",KEYS[1],3600) else return 0 end',
    1,
    'lock:backup',
    token,
  );
  return res === 1;
}
