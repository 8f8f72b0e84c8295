// @ts-nocheck
// expect: none
import { Router } from 'express';
import { Note } from '../models/note';
import { redis } from '../redis';

export function notesRouter() {
  const router = Router();

  router.put('/:id', async (req, res) => {
    const note = await Note.findByIdAndUpdate(req.params.id, req.body, { new: true });
    await redis.del(`note:${req.params.id}`);
    res.json(note);
  });

  router.get('/:id', async (req, res) => {
    const cached = await redis.get(`note:${req.params.id}`);
    if (cached) return res.json(JSON.parse(cached));
    const note = await Note.findById(req.params.id);
    await redis.set(`note:${req.params.id}`, JSON.stringify(note), 'EX', 60);
    res.json(note);
  });

  return router;
}
