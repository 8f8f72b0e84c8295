// expect: httpWithoutTimeout@6
import https from 'node:https';

export function fetchCertificateChain(host: string): Promise<string> {
  return new Promise((resolve, reject) => {
    https
      .get(`https://${host}/.well-known/chain.pem`, (res) => {
        let data = '';
        res.setEncoding('utf8');
        res.on('data', (chunk) => (data += chunk));
        res.on('end', () => resolve(data));
      })
      .on('error', reject);
  });
}
