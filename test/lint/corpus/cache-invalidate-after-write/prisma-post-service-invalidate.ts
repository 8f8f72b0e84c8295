// @ts-nocheck
// expect: none
import { Injectable, NotFoundException } from '@nestjs/common';
import { PrismaService } from 'nestjs-prisma';
import { InjectRedis } from '@nestjs-modules/ioredis';
import type Redis from 'ioredis';

@Injectable()
export class PostsService {
  constructor(private prisma: PrismaService, @InjectRedis() private redis: Redis) {}

  private key(id: string) {
    return `post:${id}`;
  }

  async publish(id: string) {
    const post = await this.prisma.post.update({ where: { id }, data: { published: true } });
    await this.redis.del(this.key(id));
    return post;
  }

  async remove(id: string) {
    const existing = await this.prisma.post.findUnique({ where: { id } });
    if (!existing) throw new NotFoundException(`Post ${id} not found`);
    await this.prisma.post.delete({ where: { id } });
    await this.redis.del(this.key(id), `posts:author:${existing.authorId}`);
  }
}
