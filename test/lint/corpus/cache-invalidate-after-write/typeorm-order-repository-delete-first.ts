// @ts-nocheck
// expect: deleteThenUpdate@12
import { Repository } from 'typeorm';
import { AppDataSource } from '../data-source';
import { Order } from '../entities/Order';
import { cache } from '../lib/cache';

export class OrderRepository {
  private readonly repo: Repository<Order> = AppDataSource.getRepository(Order);

  async updateStatus(orderId: number, status: Order['status']) {
    await cache.del(`order:${orderId}`);
    await this.repo.update(orderId, { status });
    return this.repo.findOneByOrFail({ id: orderId });
  }

  async findById(orderId: number) {
    const hit = await cache.get<Order>(`order:${orderId}`);
    if (hit) return hit;
    const order = await this.repo.findOneBy({ id: orderId });
    if (order) await cache.set(`order:${orderId}`, order, 60_000);
    return order;
  }
}
