// expect: fetchWithoutSignal@10
const SEARCH_URL = process.env.SEARCH_URL ?? 'http://search:8080';

export async function search(term: string) {
  const init: RequestInit = {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ term, size: 20 }),
  };
  const res = await fetch(`${SEARCH_URL}/query`, init);
  return res.json();
}

export async function suggest(prefix: string) {
  const init: RequestInit = { headers: { accept: 'application/json' }, signal: AbortSignal.timeout(800) };
  const res = await fetch(`${SEARCH_URL}/suggest?q=${prefix}`, init);
  return res.json();
}
