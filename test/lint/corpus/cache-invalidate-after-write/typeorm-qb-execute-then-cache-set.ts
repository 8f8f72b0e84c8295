// @ts-nocheck
// expect: updateThenSet@23
import { DataSource } from 'typeorm';
import type { Cache } from 'cache-manager';
import { Inject, Injectable } from '@nestjs/common';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Inventory } from './inventory.entity';

@Injectable()
export class InventoryService {
  constructor(
    private readonly dataSource: DataSource,
    @Inject(CACHE_MANAGER) private readonly cacheManager: Cache,
  ) {}

  async setStock(sku: string, quantity: number) {
    await this.dataSource
      .createQueryBuilder()
      .update(Inventory)
      .set({ quantity })
      .where('sku = :sku', { sku })
      .execute();
    await this.cacheManager.set(`stock:${sku}`, quantity, 30_000);
  }
}
