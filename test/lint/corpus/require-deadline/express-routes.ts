// expect: none
import express from 'express';
import { orders } from './orders-repo';

export const router = express.Router();

router.get('/orders/:id', async (req, res) => {
  const order = await orders.get(req.params.id);
  if (!order) return res.status(404).end();
  res.json(order);
});

router.post('/orders', async (req, res) => {
  res.status(201).json(await orders.create(req.body));
});
