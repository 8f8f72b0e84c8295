// expect: unsafeRelease@20
import { Injectable } from '@nestjs/common';
import { RedisService } from '@liaoliaots/nestjs-redis';

@Injectable()
export class ReportService {
  constructor(private readonly redisService: RedisService) {}

  private get redis() {
    return this.redisService.getOrThrow();
  }

  async generate(reportId: string, requester: string) {
    const lockKey = `report:generate:${reportId}`;
    const locked = await this.redis.set(lockKey, requester, 'EX', 120, 'NX');
    if (!locked) return { status: 'in-progress' };
    try {
      return await this.build(reportId);
    } finally {
      await this.redis.del(lockKey);
    }
  }

  private async build(id: string) {
    return { id };
  }
}
