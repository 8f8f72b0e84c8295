// @ts-nocheck
// expect: none
import { Repository } from 'typeorm';
import type { Cache } from 'cache-manager';
import { Draft } from './draft.entity';

export class DraftService {
  constructor(private readonly drafts: Repository<Draft>, private readonly draftRepository: Repository<Draft>, private readonly cache: Cache) {}

  async preview(userId: string, body: string) {
    const draft = this.draftRepository.create({ userId, body });
    await this.cache.set(`draft-preview:${userId}`, draft, 300_000);
    return draft;
  }
}
