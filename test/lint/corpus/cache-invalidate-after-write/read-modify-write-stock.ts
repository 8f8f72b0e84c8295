// @ts-nocheck
// expect: updateThenSet@15
import type Redis from 'ioredis';
import { Product } from '../models/product';

export class StockService {
  constructor(private readonly redis: Redis) {}

  async reserve(productId: string, qty: number) {
    const cached = await this.redis.get(`product:${productId}`);
    const product = cached ? JSON.parse(cached) : await Product.findById(productId).lean();
    if (!product || product.stock < qty) throw new Error(`Not enough stock for ${productId}`);
    product.stock -= qty;
    await Product.updateOne({ _id: productId }, { $set: { stock: product.stock } });
    await this.redis.set(`product:${productId}`, JSON.stringify(product), 'EX', 600);
    return product;
  }
}
