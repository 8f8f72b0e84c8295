// @ts-nocheck
// expect: none
import { LRUCache } from 'lru-cache';
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Tenant } from './tenant.entity';

@Injectable()
export class TenantService {
  private readonly tenantCache = new LRUCache<string, Tenant>({ max: 500, ttl: 60_000 });

  constructor(@InjectRepository(Tenant) private readonly tenants: Repository<Tenant>) {}

  async updatePlan(id: string, plan: string) {
    await this.tenants.update(id, { plan });
    const tenant = await this.tenants.findOneByOrFail({ id });
    this.tenantCache.set(id, tenant);
    return tenant;
  }
}
