// expect: fetchWithoutSignal@7
import { fetch, Agent, setGlobalDispatcher } from 'undici';

setGlobalDispatcher(new Agent({ connections: 64 }));

export async function pull(url: string) {
  const res = await fetch(url);
  return res.arrayBuffer();
}

export async function pullWithin(url: string, ms: number) {
  const res = await fetch(url, { signal: AbortSignal.timeout(ms) });
  return res.arrayBuffer();
}
