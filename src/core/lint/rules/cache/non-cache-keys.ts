import type { TSESTree } from '@typescript-eslint/utils';
import { calleeName, propertyName, wordsOf } from './receiver-names';

type Node = TSESTree.Node;

// Keys that hold state rather than a copy of a DB row: locks, rate limits, idempotency markers, sessions, tokens.
const STATE_WORDS = new Set([
  'lock', 'locks', 'mutex', 'lease', 'leader', 'ratelimit', 'ratelimiter', 'throttle', 'idempotency', 'idempotent',
  'idem', 'dedup', 'dedupe', 'processed', 'nonce', 'otp', 'session', 'sessions', 'sess', 'sid', 'refresh', 'csrf',
  'jwt', 'blacklist', 'blocklist', 'denylist', 'revoked', 'seen', 'heartbeat', 'presence', 'online', 'job', 'jobs',
  'attempts', 'verification', 'token', 'tokens', 'captcha', 'cooldown',
]);

/** The words the fixed parts of a key spell (`` `lock:order:${id}` `` → lock, order; `lockKey(id)` → lock, key). */
function keyWords(node: Node | undefined, resolve: (id: TSESTree.Identifier) => Node | undefined, depth: number, out: string[]): void {
  if (!node || depth > 3) return;
  switch (node.type) {
    case 'Literal':
      if (typeof node.value === 'string') out.push(...wordsOf(node.value));
      return;
    case 'TemplateLiteral':
      for (const q of node.quasis) out.push(...wordsOf(q.value.cooked ?? q.value.raw));
      // A key built from one helper (`${this.prefix}`) still names itself through that helper.
      for (const e of node.expressions) if (e.type === 'CallExpression') keyWords(e, resolve, depth + 1, out);
      return;
    case 'BinaryExpression':
      if (node.left.type !== 'PrivateIdentifier') keyWords(node.left, resolve, depth + 1, out);
      if (node.right.type === 'Literal' || node.right.type === 'TemplateLiteral') keyWords(node.right, resolve, depth + 1, out);
      return;
    case 'Identifier': {
      const init = resolve(node);
      if (init) keyWords(init, resolve, depth + 1, out);
      else out.push(...wordsOf(node.name));
      return;
    }
    case 'CallExpression': {
      const name = calleeName(node.callee);
      if (name) out.push(...wordsOf(name));
      keyWords(node.arguments[0] as Node | undefined, resolve, depth + 1, out);
      return;
    }
    case 'MemberExpression': {
      const name = propertyName(node);
      if (name) out.push(...wordsOf(name));
      return;
    }
    default:
      return;
  }
}

/** Whether a cache key names state (lock, session, rate limit…) rather than cached data. */
export function isStateKey(key: Node | undefined, resolve: (id: TSESTree.Identifier) => Node | undefined): boolean {
  const words: string[] = [];
  keyWords(key, resolve, 0, words);
  if (words.some((w) => STATE_WORDS.has(w))) return true;
  const joined = words.join(' ');
  return /\brate ?limit/.test(joined);
}
