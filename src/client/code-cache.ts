// Loads a CommonJS bundle through V8's code cache. Compiling the language client's bundle (≈450 KB) and the lazy
// compilation of each function its first call triggers are most of what loading it costs; the cache, written after
// a first run, holds the compiled code of every function that run used, so later loads skip nearly all compiling.
// A cache that is missing, unreadable, corrupt or from another V8 costs one ordinary compile, nothing else.
import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { Script } from 'node:vm';

/** A compiled bundle, ready to run once. */
export interface CachedModule {
  /** Runs the bundle as a CommonJS module whose `require` is `require`; returns its exports. */
  run(require: NodeJS.Require): unknown;
  /** Whether the compile used a cache (false on first load, after an update, or when V8 rejected it). */
  readonly fromCache: boolean;
  /** Writes the cache for the next load, with the code compiled so far; call after the module did its work. */
  saveCache(): void;
}

const DIGEST_BYTES = 32;
const sha256 = (data: Uint8Array) => createHash('sha256').update(data).digest();

/**
 * Compiles `file`, with the cache in `cacheDir` when one matches. The cache's name holds a digest of the source and
 * V8's version (V8 itself only compares the source's length); its content starts with a digest of the rest, so a
 * torn or damaged file is never handed to V8.
 */
export function compileWithCodeCache(file: string, cacheDir: string | undefined): CachedModule {
  const bytes = readFileSync(file);
  const source = bytes.toString('utf8');
  const stem = basename(file, '.js');
  // Hashing the bytes, not the string, saves converting ≈450 KB back to UTF-8.
  const key = createHash('sha256').update(`${process.versions.v8}\0${process.arch}\0`).update(bytes).digest('hex').slice(0, 24);
  const cacheFile = cacheDir && join(cacheDir, `${stem}-${key}.v8cache`);
  const cachedData = cacheFile ? readVerified(cacheFile) : undefined;
  // The same wrapper Node puts around a CommonJS module, so the code sees exports, require, module and its paths.
  const script = new Script(`(function (exports, require, module, __filename, __dirname) { ${source}\n})`, { filename: file, cachedData });
  const fromCache = cachedData !== undefined && !script.cachedDataRejected;
  return {
    fromCache,
    run(require) {
      const module = { exports: {} as unknown };
      (script.runInThisContext() as (...args: unknown[]) => void).call(module.exports, module.exports, require, module, file, dirname(file));
      return module.exports;
    },
    saveCache() {
      if (!cacheFile || fromCache) return;
      try {
        const data = script.createCachedData();
        mkdirSync(cacheDir, { recursive: true });
        // Written aside, then renamed: a reader never sees half a file. Older caches of this bundle go.
        const partial = `${cacheFile}.${process.pid}.partial`;
        writeFileSync(partial, Buffer.concat([sha256(data), data]));
        renameSync(partial, cacheFile);
        for (const name of readdirSync(cacheDir)) {
          if (name.startsWith(`${stem}-`) && join(cacheDir, name) !== cacheFile && !name.endsWith('.partial')) rmSync(join(cacheDir, name), { force: true });
        }
      } catch {
        // A read-only or full disk only means the next load compiles again.
      }
    },
  };
}

/** The cache's payload if its digest matches, else undefined (missing, truncated or damaged). */
function readVerified(cacheFile: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(cacheFile);
  } catch {
    return undefined;
  }
  if (bytes.length <= DIGEST_BYTES) return undefined;
  const data = bytes.subarray(DIGEST_BYTES);
  return sha256(data).equals(bytes.subarray(0, DIGEST_BYTES)) ? data : undefined;
}
