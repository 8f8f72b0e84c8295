// @ts-nocheck
// expect: deleteThenUpdate@9
import type Redis from 'ioredis';
import type { PrismaClient } from '@prisma/client';

export function makeTeamService(prisma: PrismaClient, redis: Redis) {
  return {
    async rename(teamId: string, name: string) {
      await redis.del(`team:${teamId}`);
      return prisma.team.update({ where: { id: teamId }, data: { name } });
    },
    async addMember(teamId: string, userId: string) {
      await prisma.membership.create({ data: { teamId, userId } });
      await redis.del(`team:${teamId}:members`);
    },
  };
}
