// A throwaway redis-server for the Redis pattern tests: the real Debian binary on a free loopback port, no
// persistence, killed after the tests. Where the binary is missing, tests skip with one message saying why.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createServer } from 'node:net';
import { Redis } from 'ioredis';

/** Where redis-server is, or undefined. `REDIS_SERVER` overrides the lookup. */
export function findRedisServer(): string | undefined {
  if (process.env.REDIS_SERVER) return existsSync(process.env.REDIS_SERVER) ? process.env.REDIS_SERVER : undefined;
  const found = spawnSync('sh', ['-c', 'command -v redis-server'], { encoding: 'utf8' }).stdout.trim();
  return found || (existsSync('/usr/bin/redis-server') ? '/usr/bin/redis-server' : undefined);
}

/** The reason Redis tests skip, or false when they can run. */
export const redisSkipReason = (): string | false =>
  findRedisServer()
    ? false
    : 'redis-server not found: install Debian package redis-server (bash .ci/install-system-packages) or set REDIS_SERVER';

export interface RedisUnderTest {
  port: number;
  /** A new client connected to the server; closed by stop(). */
  client(): Redis;
  stop(): Promise<void>;
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number };
      probe.close(() => resolve(port));
    });
  });

function waitUntilReady(child: ChildProcess): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = '';
    const timer = setTimeout(() => reject(new Error(`redis-server did not start within 10 s:\n${output}`)), 10_000);
    child.stdout!.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      if (output.includes('Ready to accept connections')) {
        clearTimeout(timer);
        resolve();
      }
    });
    child.once('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`redis-server exited with ${code}:\n${output}`));
    });
  });
}

/** Starts redis-server on a free loopback port (retrying if another process takes the port first). */
export async function startRedis(): Promise<RedisUnderTest> {
  const binary = findRedisServer();
  if (!binary) throw new Error(String(redisSkipReason()));
  for (let attempt = 1; ; attempt++) {
    const port = await freePort();
    const child = spawn(binary, ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      await waitUntilReady(child);
    } catch (err) {
      child.kill('SIGKILL');
      if (attempt < 3) continue;
      throw err;
    }
    const clients: Redis[] = [];
    return {
      port,
      client: () => {
        const c = new Redis({ host: '127.0.0.1', port, maxRetriesPerRequest: 1, lazyConnect: false });
        clients.push(c);
        return c;
      },
      stop: async () => {
        await Promise.all(clients.map((c) => c.quit().catch(() => c.disconnect())));
        const exited = new Promise((resolve) => child.once('exit', resolve));
        child.kill('SIGTERM');
        await exited;
      },
    };
  }
}

/** Polls `check` until it is true (Redis expiry and background deletes happen on their own time). */
export async function eventually(check: () => Promise<boolean>, what: string, timeoutMs = 3000): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (!(await check())) {
    if (Date.now() > until) throw new Error(`timed out waiting for: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}
