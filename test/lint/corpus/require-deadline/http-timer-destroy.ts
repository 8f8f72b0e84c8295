// expect: none
import https from 'https';

export function download(url: string): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    const req = https.get(url, (res) => {
      res.on('data', (c: Buffer) => chunks.push(c));
      res.on('end', () => { clearTimeout(timer); resolve(Buffer.concat(chunks)); });
    });
    const timer = setTimeout(() => req.destroy(new Error(`deadline exceeded for ${url}`)), 10000);
    req.on('error', reject);
  });
}
