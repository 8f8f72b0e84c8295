// @ts-nocheck
// expect: none
import { Queue } from 'bullmq';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import type { Cache } from 'cache-manager';
import { Coupon } from './coupon.entity';

export class CouponService {
  private readonly invalidationQueue = new Queue('cache-invalidation');

  constructor(@InjectRepository(Coupon) private readonly coupons: Repository<Coupon>, private readonly cache: Cache) {}

  async disable(code: string) {
    await this.cache.del(`coupon:${code}`);
    await this.coupons.update({ code }, { active: false });
    await this.invalidationQueue.add('evict', { key: `coupon:${code}` }, { delay: 1000 });
  }
}
