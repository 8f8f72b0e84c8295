// @ts-nocheck
// expect: updateThenSet@18, updateThenSet@23
import { Injectable } from '@nestjs/common';
import { RedisService } from '@liaoliaots/nestjs-redis';
import { InjectRepository } from '@nestjs/typeorm';
import { Repository } from 'typeorm';
import { Feature } from './feature.entity';

@Injectable()
export class FeatureService {
  constructor(
    @InjectRepository(Feature) private readonly featureRepository: Repository<Feature>,
    private readonly redisService: RedisService,
  ) {}

  async toggle(name: string, enabled: boolean) {
    await this.featureRepository.update({ name }, { enabled });
    await this.redisService.getOrThrow().set(`feature:${name}`, enabled ? '1' : '0'); 
  }

  async rename(id: number, name: string) {
    const feature = await this.featureRepository.save({ id, name });
    await this.redisService.getOrThrow().set(`feature:${id}`, JSON.stringify(feature));
    return feature;
  }
}
