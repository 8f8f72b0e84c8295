// expect: none
import { Client } from 'undici';
import { Writable } from 'node:stream';

const client = new Client('http://exporter:8080', { headersTimeout: 10000, bodyTimeout: 60000 });

export async function exportTo(sink: Writable) {
  await client.stream({ path: '/export.ndjson', method: 'GET' }, () => sink);
}
