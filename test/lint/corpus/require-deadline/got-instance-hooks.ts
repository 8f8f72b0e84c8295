// expect: none
import got, { type Got } from 'got';

export function makeClient(token: string): Got {
  return got.extend({
    prefixUrl: 'https://api.partner.com',
    headers: { authorization: `Bearer ${token}` },
    timeout: { request: 8000 },
  });
}

export async function listInvoices(client: Got) {
  return client.get('invoices').json();
}
