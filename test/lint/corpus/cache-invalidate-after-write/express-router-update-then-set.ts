// @ts-nocheck
// expect: updateThenSet@13
import express from 'express';
import { Article } from '../models/article';
import { redis } from '../lib/redis';

const router = express.Router();

router.patch('/articles/:slug', async (req, res, next) => {
  try {
    const article = await Article.findOneAndUpdate({ slug: req.params.slug }, req.body, { new: true });
    if (!article) return res.sendStatus(404);
    await redis.set(`article:${req.params.slug}`, JSON.stringify(article), 'EX', 300);
    res.json(article);
  } catch (err) {
    next(err);
  }
});

router.get('/articles/:slug', async (req, res) => {
  const key = `article:${req.params.slug}`;
  const hit = await redis.get(key);
  if (hit) return res.type('json').send(hit);
  const article = await Article.findOne({ slug: req.params.slug });
  await redis.set(key, JSON.stringify(article), 'EX', 300);
  res.json(article);
});

export default router;
