// TS/JS inputs for fuzzing the lint rules: the files of the rules' labeled corpora (test/lint/corpus/**), mutated
// by deleting, repeating and swapping lines, splicing in service-code fragments, and truncating; plus programs
// generated from those fragments alone.
import fc from 'fast-check';
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';

const CORPUS = join(import.meta.dirname, '..', 'lint', 'corpus');

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : /\.[cm]?[jt]sx?$/.test(name) ? [path] : [];
  });
}

/** Every corpus file: its name (the dialect comes from the extension) and its text. */
export const corpusFiles: readonly { readonly name: string; readonly text: string }[] = walk(CORPUS)
  .sort()
  .map((path) => ({ name: path.slice(CORPUS.length + 1).replace(/\//g, '-'), text: readFileSync(path, 'utf8') }));

const FRAGMENTS = [
  "const token = randomUUID();",
  "const ok = await redis.set(key, token, 'NX', 'PX', 30000);",
  "await redis.set(key, token, { NX: true });",
  "await redis.del(key);",
  "if ((await redis.get(key)) === token) await redis.del(key);",
  "await client.set(`lock:${id}`, '1', 'NX');",
  "await db.query('UPDATE orders SET s = $1', [s]);",
  "await cache.del(`order:${id}`);",
  "await cache.set(`order:${id}`, JSON.stringify(order));",
  "await prisma.order.update({ where: { id }, data });",
  "const res = await fetch(url);",
  "const res = await fetch(url, { signal: AbortSignal.timeout(1000) });",
  "await axios.get(url);",
  "await axios.create({ baseURL }).post('/x', body);",
  "http.request(options, cb).end();",
  "new Client(target, credentials.createInsecure()).getThing({}, cb);",
  "await got(url, { timeout: { request: 1000 } });",
  "export async function handler(req, res) {",
  "async function release(key: string, token: string): Promise<void> {",
  "}", "{", "(", ")", "});", "try {", "} finally {", "} catch (e) {", "return;", "await", "=>", "?.", "as any", "<T>",
  "// eslint-disable-next-line archlens/require-deadline", "/*", "*/", "`", "'", "#x = 1;", "@decorator()", "\0", "\uD800",
];

type Mutation = (lines: string[]) => void;
const at = (n: number, lines: string[]) => n % Math.max(1, lines.length);
const mutation: fc.Arbitrary<Mutation> = fc.oneof(
  fc.nat().map((n): Mutation => (l) => void l.splice(at(n, l), 1)),
  fc.nat().map((n): Mutation => (l) => void l.splice(at(n, l), 0, l[at(n, l)] ?? '')),
  fc.tuple(fc.nat(), fc.nat()).map(([a, b]): Mutation => (l) => {
    const [i, j] = [at(a, l), at(b, l)];
    [l[i], l[j]] = [l[j] ?? '', l[i] ?? ''];
  }),
  fc.tuple(fc.nat(), fc.constantFrom(...FRAGMENTS)).map(([n, f]): Mutation => (l) => void l.splice(n % (l.length + 1), 0, f)),
  fc.tuple(fc.nat(), fc.nat()).map(([n, cut]): Mutation => (l) => {
    const i = at(n, l);
    l[i] = (l[i] ?? '').slice(0, cut % ((l[i] ?? '').length + 1));
  }),
  fc.nat().map((n): Mutation => (l) => void l.splice(at(n, l) + 1)),
);

/** A corpus file after a few mutations, under its own file name (so .js stays JavaScript). */
export const mutatedCode = fc
  .tuple(fc.constantFrom(...corpusFiles), fc.array(mutation, { minLength: 1, maxLength: 5 }), fc.boolean())
  .map(([file, mutations, crlf]) => {
    const lines = file.text.split('\n');
    for (const m of mutations) m(lines);
    return { name: file.name, text: lines.join(crlf ? '\r\n' : '\n') };
  });

/** A program built from service-code fragments alone (mostly not even syntactically valid). */
export const generatedCode = fc
  .tuple(fc.array(fc.constantFrom(...FRAGMENTS), { maxLength: 30 }), fc.constantFrom('gen.ts', 'gen.js', 'gen.mjs', 'gen.tsx'))
  .map(([fragments, name]) => ({ name, text: fragments.join('\n') }));
