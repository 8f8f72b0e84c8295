// expect: undiciWithoutTimeout@6
import { stream } from 'undici';
import { createWriteStream } from 'node:fs';

export async function backup(url: string, file: string) {
  await stream(url, { method: 'GET' }, () => createWriteStream(file));
}

export async function backupWithin(url: string, file: string, ms: number) {
  await stream(url, { method: 'GET', signal: AbortSignal.timeout(ms) }, () => createWriteStream(file));
}
