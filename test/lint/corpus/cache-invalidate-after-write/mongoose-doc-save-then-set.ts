// @ts-nocheck
// expect: updateThenSet@12
import { Types } from 'mongoose';
import { Cart } from '../models/cart';
import { redis } from '../services/redis';

export async function addItem(cartId: Types.ObjectId, sku: string, qty: number) {
  const cart = await Cart.findById(cartId);
  if (!cart) throw new Error('Cart not found');
  cart.items.push({ sku, qty });
  await cart.save();
  await redis.set(`cart:${cartId}`, JSON.stringify(cart), 'EX', 1800);
  return cart;
}
