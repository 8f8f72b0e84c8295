// @ts-nocheck
// expect: updateThenSet@11
import { Request, Response } from 'express';
import { Product } from '../models/product.model';
import { redisClient } from '../config/redis';

export async function updateProduct(req: Request, res: Response) {
  const { id } = req.params;
  const product = await Product.findByIdAndUpdate(id, req.body, { new: true });
  if (!product) return res.status(404).json({ message: 'Product not found' });
  await redisClient.setEx(`product:${id}`, 600, JSON.stringify(product));
  res.json(product);
}

export async function getProduct(req: Request, res: Response) {
  const { id } = req.params;
  const cached = await redisClient.get(`product:${id}`);
  if (cached) return res.json(JSON.parse(cached));
  const product = await Product.findById(id).lean();
  if (!product) return res.status(404).json({ message: 'Product not found' });
  await redisClient.setEx(`product:${id}`, 600, JSON.stringify(product));
  res.json(product);
}

export async function deleteProduct(req: Request, res: Response) {
  const { id } = req.params;
  await Product.findByIdAndDelete(id);
  await redisClient.del(`product:${id}`);
  res.status(204).end();
}
