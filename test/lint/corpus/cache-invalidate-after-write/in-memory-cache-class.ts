// @ts-nocheck
// expect: none
import { InMemoryCache } from '../lib/in-memory-cache';
import { prisma } from '../lib/prisma';

const cache = new InMemoryCache<string, unknown>({ ttlMs: 30_000 });

export async function updateBranding(orgId: string, branding: { color: string; logoUrl: string }) {
  const org = await prisma.organization.update({ where: { id: orgId }, data: { branding } });
  cache.set(`branding:${orgId}`, org.branding);
  return org;
}
