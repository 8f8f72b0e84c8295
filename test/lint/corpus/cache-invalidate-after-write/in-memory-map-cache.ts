// @ts-nocheck
// expect: none
import { prisma } from '../db';

const settingsCache = new Map<string, unknown>();

export async function updateSetting(key: string, value: unknown) {
  const row = await prisma.setting.upsert({
    where: { key },
    create: { key, value: value as any },
    update: { value: value as any },
  });
  settingsCache.set(key, row.value);
  return row;
}

export async function getSetting(key: string) {
  if (settingsCache.has(key)) return settingsCache.get(key);
  const row = await prisma.setting.findUnique({ where: { key } });
  settingsCache.set(key, row?.value);
  return row?.value;
}
