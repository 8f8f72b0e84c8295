// Reads a .vsix (a zip) without extra dependencies: the central directory for names and sizes, inflate for contents.
import { readFileSync } from 'node:fs';
import { inflateRawSync } from 'node:zlib';

/** One file stored in the archive. */
export interface ZipEntry {
  name: string;
  size: number;
  compressedSize: number;
  read(): Buffer;
}

/** Lists every file in a zip archive (stored or deflated entries, as vsce writes them). */
export function readZip(path: string): ZipEntry[] {
  const buf = readFileSync(path);
  // End of central directory record: signature 0x06054b50, searched backwards past an optional comment
  let eocd = buf.length - 22;
  while (eocd >= 0 && buf.readUInt32LE(eocd) !== 0x06054b50) eocd--;
  if (eocd < 0) throw new Error(`${path} is not a zip archive`);
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error(`${path}: bad central directory entry ${i}`);
    const method = buf.readUInt16LE(at + 10);
    const compressedSize = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const localHeader = buf.readUInt32LE(at + 42);
    const name = buf.toString('utf8', at + 46, at + 46 + nameLength);
    at += 46 + nameLength + extraLength + commentLength;
    const read = (): Buffer => {
      const dataStart = localHeader + 30 + buf.readUInt16LE(localHeader + 26) + buf.readUInt16LE(localHeader + 28);
      const data = buf.subarray(dataStart, dataStart + compressedSize);
      return method === 0 ? Buffer.from(data) : inflateRawSync(data);
    };
    if (!name.endsWith('/')) entries.push({ name, size, compressedSize, read });
  }
  return entries;
}
