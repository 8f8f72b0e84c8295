// @ts-nocheck
// expect: updateThenSet@12, deleteThenUpdate@23
import { z } from 'zod';
import { router, protectedProcedure } from '../trpc';
import { redis } from '../redis';

export const todoRouter = router({
  toggle: protectedProcedure
    .input(z.object({ id: z.string(), done: z.boolean() }))
    .mutation(async ({ ctx, input }) => {
      const todo = await ctx.db.todo.update({ where: { id: input.id }, data: { done: input.done } });
      await redis.set(`todo:${input.id}`, JSON.stringify(todo), 'EX', 120);
      return todo;
    }),
  byId: protectedProcedure.input(z.string()).query(async ({ ctx, input }) => {
    const hit = await redis.get(`todo:${input}`);
    if (hit) return JSON.parse(hit);
    const todo = await ctx.db.todo.findUnique({ where: { id: input } });
    await redis.set(`todo:${input}`, JSON.stringify(todo), 'EX', 120);
    return todo;
  }),
  remove: protectedProcedure.input(z.string()).mutation(async ({ ctx, input }) => {
    await redis.del(`todo:${input}`);
    await ctx.db.todo.delete({ where: { id: input } });
  }),
});
