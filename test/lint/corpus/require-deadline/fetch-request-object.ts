// expect: none
export async function proxy(incoming: Request, upstream: string): Promise<Response> {
  const url = new URL(new URL(incoming.url).pathname, upstream);
  const outgoing = new Request(url, { method: incoming.method, headers: incoming.headers, body: incoming.body, signal: incoming.signal });
  return fetch(outgoing);
}

export async function ping(upstream: string) {
  const req = new Request(`${upstream}/ping`, { signal: AbortSignal.timeout(1000) });
  return (await fetch(req)).status;
}
