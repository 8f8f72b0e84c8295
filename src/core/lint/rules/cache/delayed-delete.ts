import type { TSESTree } from '@typescript-eslint/utils';
import { chainWords, wordsOf } from './receiver-names';

const QUEUE_METHODS = new Set(['add', 'addBulk', 'publish', 'send', 'emit', 'enqueue', 'produce', 'schedule', 'sendMessage', 'dispatch']);
const DELETE_WORDS = new Set(['del', 'delete', 'evict', 'eviction', 'invalidate', 'invalidation', 'purge', 'remove', 'cache']);
const LATER_WORDS = new Set(['delay', 'delayed', 'later', 'schedule', 'scheduled', 'deferred', 'defer', 'double']);

/** Whether a method name could start a delayed delete; the cheap first filter. */
export function mayBeDelayedDelete(name: string): boolean {
  return QUEUE_METHODS.has(name) || /del|evict|invalidat|purge|remove|bust|clear/i.test(name);
}

// A project helper that drops cache entries: `invalidateUserCache(id)`, `evict(key)`, `bustCache()`, `clearCache()`.
const INVALIDATE_WORDS = new Set(['invalidate', 'invalidation', 'evict', 'purge', 'bust']);
const DROP_WORDS = new Set(['clear', 'del', 'delete', 'remove', 'drop', 'reset']);

/**
 * A second delete the rule cannot see as a plain cache call: handed to something that runs later
 * (`scheduleDelayedDelete(key)`, a queue job `invalidationQueue.add('evict', { key }, { delay: 500 })`) or to a
 * project helper (`this.invalidateUser(id)`, `clearUserCache(id)`). After the write it clears a refill.
 */
export function isDelayedDeleteCall(call: TSESTree.CallExpression, name: string): boolean {
  const own = wordsOf(name);
  if (own.some((w) => DELETE_WORDS.has(w)) && own.some((w) => LATER_WORDS.has(w))) return true;
  if (own.some((w) => INVALIDATE_WORDS.has(w))) return true;
  if (own.some((w) => DROP_WORDS.has(w)) && (own.includes('cache') || own.includes('cached'))) return true;
  if (!QUEUE_METHODS.has(name)) return false;
  const callee = call.callee.type === 'ChainExpression' ? call.callee.expression : call.callee;
  const words = callee.type === 'MemberExpression' ? [...chainWords(callee.object)] : [];
  const first = call.arguments[0];
  if (first?.type === 'Literal' && typeof first.value === 'string') words.push(...wordsOf(first.value));
  return words.some((w) => DELETE_WORDS.has(w) || w === 'invalidator');
}
