// @ts-nocheck
// expect: none
import { prisma } from '../lib/prisma';
import { kv } from '@vercel/kv';

export async function getOrRefreshQuote(symbol: string, force: boolean) {
  if (force) {
    await prisma.quoteRequest.create({ data: { symbol } });
  } else {
    const quote = await prisma.quote.findUnique({ where: { symbol } });
    await kv.set(`quote:${symbol}`, quote, { ex: 30 });
    return quote;
  }
  return null;
}
