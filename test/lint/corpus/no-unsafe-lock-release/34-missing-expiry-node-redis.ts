// expect: missingExpiry@11
import { createClient } from 'redis';
import { randomUUID } from 'node:crypto';

const client = createClient();
const UNLOCK = 'if redis.call("get",KEYS[1]) == ARGV[1] then return redis.call("del",KEYS[1]) else return 0 end';

export async function withReportLock(reportId: string, run: () => Promise<void>) {
  const key = `report:${reportId}:lock`;
  const token = randomUUID();
  const ok = await client.set(key, token, { NX: true });
  if (!ok) return;
  try {
    await run();
  } finally {
    await client.eval(UNLOCK, { keys: [key], arguments: [token] });
  }
}
