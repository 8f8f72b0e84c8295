// @ts-nocheck
// expect: updateThenSet@12
import { Cacheable } from 'cacheable';
import KeyvRedis from '@keyv/redis';
import { Repository } from 'typeorm';
import { Invoice } from './invoice.entity';

const cache = new Cacheable({ secondary: new KeyvRedis('redis://localhost:6379'), ttl: '1h' });

export async function finalizeInvoice(invoices: Repository<Invoice>, id: string) {
  const invoice = await invoices.save({ id, status: 'final' as const });
  await cache.set(`invoice:${id}`, invoice);
  return invoice;
}

export async function voidInvoice(invoices: Repository<Invoice>, id: string) {
  await invoices.update(id, { status: 'void' });
  await cache.delete(`invoice:${id}`);
}
