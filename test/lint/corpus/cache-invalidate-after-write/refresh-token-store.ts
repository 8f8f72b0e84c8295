// @ts-nocheck
// expect: none
import { randomUUID } from 'node:crypto';
import type Redis from 'ioredis';
import type { PrismaClient } from '@prisma/client';

export class AuthService {
  constructor(private prisma: PrismaClient, private redis: Redis) {}

  async issueTokens(userId: string) {
    await this.prisma.user.update({ where: { id: userId }, data: { lastLoginAt: new Date() } });
    const refreshToken = randomUUID();
    await this.redis.set(`refresh:${refreshToken}`, userId, 'EX', 60 * 60 * 24 * 30);
    return { refreshToken };
  }

  async logout(refreshToken: string, userId: string) {
    await this.redis.del(`refresh:${refreshToken}`);
    await this.prisma.auditLog.create({ data: { userId, action: 'logout' } });
  }
}
