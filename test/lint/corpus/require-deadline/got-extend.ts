// expect: gotWithoutTimeout@18
import got from 'got';

const registry = got.extend({
  prefixUrl: 'https://registry.npmjs.org',
  timeout: { lookup: 100, connect: 500, response: 5000 },
  retry: { limit: 2 },
});

export async function latest(pkg: string) {
  const meta = await registry.get(`${pkg}/latest`).json<{ version: string }>();
  return meta.version;
}

const mirror = got.extend({ prefixUrl: process.env.MIRROR_URL });

export async function mirrorLatest(pkg: string) {
  return mirror.get(`${pkg}/latest`).json();
}
