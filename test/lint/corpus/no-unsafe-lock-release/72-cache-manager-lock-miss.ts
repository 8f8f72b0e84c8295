// expect: none
import { Inject, Injectable } from '@nestjs/common';
import { CACHE_MANAGER, Cache } from '@nestjs/cache-manager';

@Injectable()
export class ProductCache {
  constructor(@Inject(CACHE_MANAGER) private readonly cache: Cache) {}

  async get(id: string) {
    return this.cache.get(`product:${id}`);
  }

  async put(id: string, value: unknown) {
    await this.cache.set(`product:${id}`, value, 60_000);
  }

  async evict(id: string) {
    await this.cache.del(`product:${id}`);
  }
}
