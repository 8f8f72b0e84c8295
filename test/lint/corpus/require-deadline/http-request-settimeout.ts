// expect: none
import * as http from 'node:http';

export function postMetrics(host: string, body: string): Promise<number> {
  return new Promise((resolve, reject) => {
    const req = http.request({ host, port: 9091, path: '/metrics/job/api', method: 'POST' }, (res) => {
      res.resume();
      resolve(res.statusCode ?? 0);
    });
    req.setTimeout(3000, () => req.destroy(new Error('pushgateway timeout')));
    req.on('error', reject);
    req.end(body);
  });
}
