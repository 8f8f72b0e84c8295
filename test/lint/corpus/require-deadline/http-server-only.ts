// expect: none
import http from 'node:http';
import { router } from './router';

const server = http.createServer((req, res) => router.handle(req, res));
server.keepAliveTimeout = 65000;
server.headersTimeout = 66000;
server.listen(Number(process.env.PORT ?? 3000));

// A local helper named get, unrelated to node:http.
function get<T>(map: Map<string, T>, key: string): T | undefined {
  return map.get(key);
}
export { get };
