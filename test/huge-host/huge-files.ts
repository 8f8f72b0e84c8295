// The huge inputs of issue #7, shared by scripts/bench/huge-input.mjs and the extension-host measurement
// (test/huge-host): a 10 MB note with 5,000 untagged sequence diagrams, and a ~2 MB TypeScript service file.

/** The note: 5,000 sections of prose and an untagged sequence diagram each; every 25th diagram has a real error. */
export function hugeNote(diagrams = 5_000): string {
  const noteBytes = Math.round((diagrams / 5_000) * 10 * 1024 * 1024);
  const perSection = Math.floor(noteBytes / diagrams);
  const sections: string[] = [];
  for (let i = 0; i < diagrams; i++) {
    const diagram = [
      '```',
      'sequenceDiagram',
      `    participant C${i} as Client ${i}`,
      '    participant Gateway',
      `    participant Svc${i}`,
      '    participant Redis',
      `    C${i}->>Gateway: POST /orders/${i}`,
      `    Gateway->>+Svc${i}: create(${i})`,
      `    Svc${i}->>Redis: SET lock:order:${i} token NX PX 30000`,
      '    alt got the lock',
      `        Svc${i}-->>Gateway: 201 order ${i}`,
      '    else busy',
      `        Svc${i}-->>-Gateway: 409`,
      '    end',
      ...(i % 25 === 0 ? ['    Note right of Redis:', '    the lock expires after 30 s'] : []),
      '```',
    ].join('\n');
    const head = `## 订单流程 ${i}: order flow\n\n`;
    const prose = '下单时先取分布式锁，再写数据库，最后删除缓存。The service takes a lock, writes, then invalidates. ';
    const fill = Math.max(0, perSection - head.length - diagram.length - 2);
    sections.push(head + prose.repeat(Math.ceil(fill / prose.length)).slice(0, fill) + '\n\n' + diagram + '\n');
  }
  return '# 架构笔记\n\n' + sections.join('\n');
}

/** The TypeScript file: service functions with locks, cache writes and outbound calls, ~2 MB. */
export function hugeTs(bytes = 2 * 1024 * 1024): string {
  const parts = ["import Redis from 'ioredis';", "import axios from 'axios';", 'const redis = new Redis();', 'declare const db: any;'];
  for (let i = 0; parts.join('\n').length < bytes; i++) {
    parts.push(`export async function handle${i}(id: string, token: string): Promise<unknown> {
  const ok = await redis.set(\`lock:\${id}:${i}\`, token, 'PX', 30000, 'NX');
  if (!ok) return undefined;
  try {
    await db.query('UPDATE orders SET state = $1 WHERE id = $2', ['paid', id]);
    await redis.set(\`order:\${id}\`, JSON.stringify({ id, n: ${i} }));
    return await axios.get(\`https://inventory.internal/items/\${id}\`);
  } finally {
    await redis.del(\`lock:\${id}:${i}\`);
  }
}`);
  }
  return parts.join('\n');
}
