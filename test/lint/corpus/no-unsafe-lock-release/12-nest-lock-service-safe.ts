// expect: none
import { Injectable, OnModuleInit } from '@nestjs/common';
import Redis from 'ioredis';
import { randomUUID } from 'crypto';

declare module 'ioredis' {
  interface RedisCommander<Context> {
    compareAndDelete(key: string, token: string): Result<number, Context>;
  }
}

@Injectable()
export class LockService implements OnModuleInit {
  constructor(private readonly redis: Redis) {}

  onModuleInit() {
    this.redis.defineCommand('compareAndDelete', {
      numberOfKeys: 1,
      lua: 'if redis.call("get", KEYS[1]) == ARGV[1] then return redis.call("del", KEYS[1]) end return 0',
    });
  }

  async lock(resource: string): Promise<string | null> {
    const token = randomUUID();
    return (await this.redis.set(`lock:${resource}`, token, 'PX', 10_000, 'NX')) ? token : null;
  }

  async unlock(resource: string, token: string): Promise<boolean> {
    return (await this.redis.compareAndDelete(`lock:${resource}`, token)) === 1;
  }
}
