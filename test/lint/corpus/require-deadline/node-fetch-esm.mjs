// expect: fetchWithoutSignal@5
import nodeFetch from 'node-fetch';

export async function scrape(url) {
  const res = await nodeFetch(url, { headers: { 'user-agent': 'crawler/1.0' } });
  return res.text();
}

export async function scrapeWithin(url, ms) {
  const res = await nodeFetch(url, { signal: AbortSignal.timeout(ms) });
  return res.text();
}
