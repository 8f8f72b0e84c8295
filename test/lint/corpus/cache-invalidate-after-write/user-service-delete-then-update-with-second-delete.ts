// @ts-nocheck
// expect: deleteThenUpdate@17
import type { Repository } from 'typeorm';
import type { Cache } from 'cache-manager';
import type { User } from './user.entity';

export class UserService {
  constructor(private readonly users: Repository<User>, private readonly cacheManager: Cache) {}

  async changePlan(id: string, plan: string) {
    await this.cacheManager.del(`user:${id}`);
    await this.users.update(id, { plan });
    await this.cacheManager.del(`user:${id}`);
  }

  async suspend(id: string) {
    await this.cacheManager.del(`user:${id}`);
    await this.users.update(id, { suspendedAt: new Date() });
    return { id, suspended: true };
  }
}
