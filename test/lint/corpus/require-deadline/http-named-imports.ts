// expect: httpWithoutTimeout@7
import { get, request, createServer } from 'node:http';
import type { IncomingMessage } from 'node:http';

export function readStatus(url: string): Promise<number> {
  return new Promise((resolve, reject) => {
    get(url, (res: IncomingMessage) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    }).on('error', reject);
  });
}

export function sendEvent(url: string, body: string) {
  const req = request(url, { method: 'POST', signal: AbortSignal.timeout(2000) });
  req.end(body);
}

export const server = createServer((req, res) => res.end('ok'));
