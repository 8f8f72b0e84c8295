// @ts-nocheck
// expect: updateThenSet@13
import Keyv from 'keyv';
import KeyvRedis from '@keyv/redis';
import { db } from '../db';
import { settings } from '../db/schema';
import { eq } from 'drizzle-orm';

const keyv = new Keyv({ store: new KeyvRedis(process.env.REDIS_URL), namespace: 'settings' });

export async function saveSettings(orgId: string, value: Record<string, unknown>) {
  await db.update(settings).set({ value }).where(eq(settings.orgId, orgId));
  await keyv.set(orgId, value, 10 * 60 * 1000);
}

export async function loadSettings(orgId: string) {
  const hit = await keyv.get(orgId);
  if (hit) return hit;
  const [row] = await db.select().from(settings).where(eq(settings.orgId, orgId));
  await keyv.set(orgId, row?.value ?? {}, 10 * 60 * 1000);
  return row?.value ?? {};
}
