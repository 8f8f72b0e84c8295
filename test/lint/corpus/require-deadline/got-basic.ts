// expect: gotWithoutTimeout@5 gotWithoutTimeout@10
import got from 'got';

export async function fetchRates(base: string) {
  const body = await got(`https://rates.example.com/latest?base=${base}`).json<{ rates: Record<string, number> }>();
  return body.rates;
}

export async function publishRates(rates: Record<string, number>) {
  await got.post('http://pricing/rates', { json: rates, retry: { limit: 3 } });
}
