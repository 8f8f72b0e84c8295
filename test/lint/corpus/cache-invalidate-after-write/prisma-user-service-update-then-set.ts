// @ts-nocheck
// expect: updateThenSet@27
import { Injectable } from '@nestjs/common';
import { PrismaService } from '../prisma/prisma.service';
import { InjectRedis } from '@nestjs-modules/ioredis';
import Redis from 'ioredis';

const USER_TTL = 3600;

@Injectable()
export class UsersService {
  constructor(
    private readonly prisma: PrismaService,
    @InjectRedis() private readonly redis: Redis,
  ) {}

  async findOne(id: string) {
    const cached = await this.redis.get(`user:${id}`);
    if (cached) return JSON.parse(cached);
    const user = await this.prisma.user.findUnique({ where: { id } });
    if (user) await this.redis.set(`user:${id}`, JSON.stringify(user), 'EX', USER_TTL);
    return user;
  }

  async updateProfile(id: string, dto: { name?: string; bio?: string }) {
    const user = await this.prisma.user.update({ where: { id }, data: dto });
    await this.redis.set(`user:${id}`, JSON.stringify(user), 'EX', USER_TTL);
    return user;
  }
}
