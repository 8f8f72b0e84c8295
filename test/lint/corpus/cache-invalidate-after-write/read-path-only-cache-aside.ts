// @ts-nocheck
// expect: none
import type { Repository } from 'typeorm';
import type { Cache } from 'cache-manager';
import type { Country } from './country.entity';

export class CountryService {
  constructor(private readonly countries: Repository<Country>, private readonly cache: Cache) {}

  async list(): Promise<Country[]> {
    const cached = await this.cache.get<Country[]>('countries:all');
    if (cached) return cached;
    const rows = await this.countries.find({ order: { name: 'ASC' } });
    await this.cache.set('countries:all', rows, 24 * 3600 * 1000);
    return rows;
  }

  async byCode(code: string) {
    const key = `country:${code}`;
    const cached = await this.cache.get<Country>(key);
    if (cached) return cached;
    const row = await this.countries.findOneBy({ code });
    await this.cache.set(key, row, 3600 * 1000);
    return row;
  }
}
