// expect: none
import got from 'got';

export function download(url: string) {
  return got.stream(url, { timeout: { request: 60000 } });
}

export async function head(url: string) {
  const res = await got.head(url, { signal: AbortSignal.timeout(2000), throwHttpErrors: false });
  return res.statusCode;
}

export async function getJson(options: { url: string; timeout?: { request: number } }) {
  return got(options).json();
}
