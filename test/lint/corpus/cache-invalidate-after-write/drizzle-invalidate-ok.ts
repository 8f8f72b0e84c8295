// @ts-nocheck
// expect: none
import { eq } from 'drizzle-orm';
import { db } from '@/server/db';
import { projects } from '@/server/db/schema';
import { redis } from '@/server/redis';

export async function renameProject(projectId: string, name: string) {
  const [project] = await db.update(projects).set({ name, updatedAt: new Date() }).where(eq(projects.id, projectId)).returning();
  await redis.del(`project:${projectId}`);
  return project;
}

export async function createProject(ownerId: string, name: string) {
  const [project] = await db.insert(projects).values({ ownerId, name }).returning();
  await redis.del(`projects:owner:${ownerId}`);
  return project;
}
