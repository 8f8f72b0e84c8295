// expect: nonAtomicExpiry@8
import { createClient } from 'redis';

const client = createClient();

export async function lockDeploy(env: string, who: string): Promise<boolean> {
  const key = `deploy-lock:${env}`;
  const ok = await client.setNX(key, who);
  if (!ok) return false;
  await client.expire(key, 900);
  return true;
}

export async function currentDeployer(env: string) {
  return client.get(`deploy-lock:${env}`);
}
