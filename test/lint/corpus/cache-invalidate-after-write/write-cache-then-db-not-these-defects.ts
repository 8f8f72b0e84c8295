// @ts-nocheck
// expect: none
import type Redis from 'ioredis';
import { Vote } from '../models/vote';

export async function castVote(redis: Redis, pollId: string, userId: string, option: string) {
  await redis.zincrby(`poll:${pollId}:tally`, 1, option);
  await Vote.create({ pollId, userId, option });
  await redis.publish('poll-updates', JSON.stringify({ pollId, option }));
  await redis.zadd('leaderboard', Date.now(), pollId);
}
