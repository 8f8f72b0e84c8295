// expect: unsafeRelease@14
import fp from 'fastify-plugin';
import type { FastifyInstance } from 'fastify';

export default fp(async (app: FastifyInstance) => {
  app.post<{ Params: { id: string } }>('/invoices/:id/send', async (req, reply) => {
    const lock = `invoice:${req.params.id}:sending`;
    const acquired = await app.redis.set(lock, req.id, 'EX', 30, 'NX');
    if (!acquired) return reply.code(409).send({ error: 'already sending' });
    try {
      await app.mailer.sendInvoice(req.params.id);
      return { sent: true };
    } finally {
      await app.redis.del(lock);
    }
  });
});
