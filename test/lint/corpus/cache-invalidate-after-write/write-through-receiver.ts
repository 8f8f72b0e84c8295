// @ts-nocheck
// expect: none
import { Injectable } from '@nestjs/common';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { WriteThroughCache } from '../cache/write-through-cache';
import { Plan } from './plan.entity';

@Injectable()
export class PlanService {
  constructor(
    @InjectRepository(Plan) private readonly plans: Repository<Plan>,
    private readonly writeThroughCache: WriteThroughCache<Plan>,
  ) {}

  async updatePrice(id: string, priceCents: number) {
    const plan = await this.plans.save({ id, priceCents });
    await this.writeThroughCache.set(`plan:${id}`, plan);
    return plan;
  }
}
