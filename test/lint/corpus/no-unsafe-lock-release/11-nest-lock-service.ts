// expect: unsafeRelease@21
import { Injectable, Logger } from '@nestjs/common';
import { InjectRedis } from '@nestjs-modules/ioredis';
import Redis from 'ioredis';
import { v4 as uuid } from 'uuid';

@Injectable()
export class LockService {
  private readonly logger = new Logger(LockService.name);

  constructor(@InjectRedis() private readonly redis: Redis) {}

  async lock(resource: string, ttlSeconds = 30): Promise<string | null> {
    const token = uuid();
    const ok = await this.redis.set(`lock:${resource}`, token, 'EX', ttlSeconds, 'NX');
    return ok ? token : null;
  }

  async unlock(resource: string): Promise<void> {
    this.logger.debug(`unlock ${resource}`);
    await this.redis.del(`lock:${resource}`);
  }
}
