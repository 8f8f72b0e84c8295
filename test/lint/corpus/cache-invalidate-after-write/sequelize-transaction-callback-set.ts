// @ts-nocheck
// expect: updateThenSet@13
import { sequelize, Product, StockMovement } from '../models';
import redisClient from '../redis';

export async function receiveStock(productId: number, qty: number) {
  const product = await sequelize.transaction(async (t) => {
    await StockMovement.create({ productId, qty }, { transaction: t });
    const p = await Product.findByPk(productId, { transaction: t, lock: true });
    await p.increment('stock', { by: qty, transaction: t });
    return p.reload({ transaction: t });
  });
  await redisClient.set(`product:${productId}`, JSON.stringify(product.toJSON()));
  return product;
}
