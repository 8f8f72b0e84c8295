// expect: none
import type { Request as ExpressRequest } from 'express';

const PRICING_URL = process.env.PRICING_URL!;

export async function quote(req: ExpressRequest, sku: string) {
  const controller = new AbortController();
  req.on('close', () => controller.abort());
  const signal = AbortSignal.any([controller.signal, AbortSignal.timeout(1500)]);
  const res = await fetch(`${PRICING_URL}/quote/${sku}`, { signal, headers: { accept: 'application/json' } });
  return res.json();
}
