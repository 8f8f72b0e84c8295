// @ts-nocheck
// expect: updateThenSet@29
import { Body, Controller, Get, Inject, Param, Patch } from '@nestjs/common';
import { CACHE_MANAGER } from '@nestjs/cache-manager';
import { Cache } from 'cache-manager';
import { InjectModel } from '@nestjs/mongoose';
import { Model } from 'mongoose';
import { Restaurant } from './restaurant.schema';

@Controller('restaurants')
export class RestaurantsController {
  constructor(
    @InjectModel(Restaurant.name) private readonly restaurantModel: Model<Restaurant>,
    @Inject(CACHE_MANAGER) private readonly cacheManager: Cache,
  ) {}

  @Get(':id')
  async findOne(@Param('id') id: string) {
    const cached = await this.cacheManager.get<Restaurant>(`restaurant:${id}`);
    if (cached) return cached;
    const doc = await this.restaurantModel.findById(id).lean();
    await this.cacheManager.set(`restaurant:${id}`, doc, 120_000);
    return doc;
  }

  @Patch(':id')
  async update(@Param('id') id: string, @Body() body: Partial<Restaurant>) {
    const doc = await this.restaurantModel.findByIdAndUpdate(id, body, { new: true }).lean();
    await this.cacheManager.set(`restaurant:${id}`, doc, 120_000);
    return doc;
  }
}
