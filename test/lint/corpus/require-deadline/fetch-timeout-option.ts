// expect: fetchTimeoutIgnored@11
// Webhook delivery. The author believed `timeout` bounds the request; fetch ignores it.
export interface Delivery {
  url: string;
  payload: unknown;
  secret: string;
}

export async function deliver(d: Delivery): Promise<number> {
  const body = JSON.stringify(d.payload);
  const res = await fetch(d.url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-signature': sign(body, d.secret) },
    body,
    timeout: 5000,
  } as RequestInit);
  return res.status;
}

function sign(body: string, secret: string): string {
  return `${secret.length}:${body.length}`;
}
