// expect: none
import { Queue, Worker } from 'bullmq';
import IORedis from 'ioredis';

const connection = new IORedis({ maxRetriesPerRequest: null });
const emails = new Queue('emails', { connection });

export async function enqueueWelcome(userId: string) {
  await emails.add('welcome', { userId }, { jobId: `welcome:${userId}`, removeOnComplete: true });
}

new Worker(
  'emails',
  async (job) => {
    const sent = await connection.set(`email-sent:${job.id}`, '1', 'EX', 7 * 86400, 'NX');
    if (!sent) return 'skipped';
    await sendEmail(job.data.userId);
    return 'sent';
  },
  { connection },
);

declare function sendEmail(userId: string): Promise<void>;
