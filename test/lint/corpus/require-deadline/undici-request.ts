// expect: undiciWithoutTimeout@7
import { request } from 'undici';

const ES = process.env.ELASTIC_URL ?? 'http://localhost:9200';

export async function indexDoc(index: string, id: string, doc: unknown) {
  const { statusCode, body } = await request(`${ES}/${index}/_doc/${id}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify(doc),
  });
  await body.dump();
  return statusCode;
}

export async function count(index: string) {
  const { body } = await request(`${ES}/${index}/_count`, { headersTimeout: 2000, bodyTimeout: 2000 });
  return ((await body.json()) as { count: number }).count;
}
