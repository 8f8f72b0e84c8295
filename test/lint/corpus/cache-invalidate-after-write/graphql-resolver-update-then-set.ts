// @ts-nocheck
// expect: updateThenSet@15
import { Resolver, Mutation, Args } from '@nestjs/graphql';
import { InjectRedis } from '@nestjs-modules/ioredis';
import Redis from 'ioredis';
import { PrismaService } from '../prisma.service';

@Resolver('Team')
export class TeamResolver {
  constructor(private readonly prisma: PrismaService, @InjectRedis() private readonly redis: Redis) {}

  @Mutation()
  async renameTeam(@Args('id') id: string, @Args('name') name: string) {
    const team = await this.prisma.team.update({ where: { id }, data: { name } });
    await this.redis.hset(`team:${id}`, { name: team.name, updatedAt: team.updatedAt.toISOString() });
    return team;
  }
}
