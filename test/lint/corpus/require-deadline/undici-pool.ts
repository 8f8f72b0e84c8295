// expect: undiciWithoutTimeout@8
import { Pool } from 'undici';

const pool = new Pool('http://tiles.internal', { connections: 32, pipelining: 1 });
const bounded = new Pool('http://geo.internal', { connections: 8, headersTimeout: 1000, bodyTimeout: 5000 });

export async function tile(z: number, x: number, y: number) {
  const { body } = await pool.request({ path: `/tiles/${z}/${x}/${y}.png`, method: 'GET' });
  return Buffer.from(await body.arrayBuffer());
}

export async function geocode(q: string) {
  const { body } = await bounded.request({ path: `/geocode?q=${encodeURIComponent(q)}`, method: 'GET' });
  return body.json();
}

export async function close() {
  await Promise.all([pool.close(), bounded.close()]);
}
