// "Every README picture is produced by the test suite, so it stays current": a picture the READMEs show must be
// one an e2e suite writes with `wb.docsImage('<name>')`, and docs/images holds nothing the suites no longer write.
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, relative } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..');
const READMES = ['README.md', 'README.zh-CN.md'].filter((f) => existsSync(join(ROOT, f)));

function sources(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((e) => {
    const path = join(dir, e.name);
    if (e.isDirectory()) return e.name === 'fixtures' ? [] : sources(path);
    return e.name.endsWith('.ts') ? [path] : [];
  });
}

/** Picture name → the suite files that write it (`docsImage('name')` calls in test/e2e). */
function writtenBySuites(): Map<string, string[]> {
  const written = new Map<string, string[]>();
  for (const file of sources(join(ROOT, 'test', 'e2e'))) {
    for (const m of readFileSync(file, 'utf8').matchAll(/\bdocsImage\(\s*['"`]([\w.-]+)['"`]/g)) {
      written.set(`${m[1]}.png`, [...(written.get(`${m[1]}.png`) ?? []), relative(ROOT, file)]);
    }
  }
  return written;
}

/** docs/images file names a Markdown text refers to (links, images, HTML src). */
function referencedImages(markdown: string): string[] {
  return [...markdown.matchAll(/docs\/images\/([^)\s"'<>]+)/g)].map((m) => decodeURIComponent(m[1]!));
}

describe('README pictures come from the e2e suites', () => {
  const written = writtenBySuites();

  it('the suites write a set of pictures, each from one suite', () => {
    assert.ok(written.size >= 5, `pictures written: ${[...written.keys()].join(', ')}`);
    for (const [name, files] of written) assert.equal(files.length, 1, `${name} is written by ${files.join(' and ')}`);
  });

  for (const readme of READMES) {
    it(`${readme} shows only pictures an e2e suite writes`, () => {
      const missing = referencedImages(readFileSync(join(ROOT, readme), 'utf8')).filter((name) => !written.has(name));
      assert.deepEqual(missing, [], `${readme} refers to docs/images files no e2e suite writes with docsImage()`);
    });
  }

  it('docs/images holds only pictures the suites (still) write', () => {
    const dir = join(ROOT, 'docs', 'images');
    const present = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.png')) : [];
    assert.deepEqual(present.filter((f) => !written.has(f)), [], 'stale pictures in docs/images: remove them or write them from a suite');
  });
});
