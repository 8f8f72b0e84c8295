import type { TSESTree } from '@typescript-eslint/utils';
import { AST_NODE_TYPES as T } from '@typescript-eslint/utils';

/** Words that make a key name a lock ("a key whose name says lock/mutex/lease/leader"). */
// Not "locked": `login:locked:${user}` is an account lockout flag far more often than a mutex.
const KEY_WORDS = new Set(['lock', 'locks', 'mutex', 'mutexes', 'lease', 'leases', 'leader', 'redlock']);
/** Function and class names say "lock" with these words too. */
const CONTEXT_WORDS = new Set([...KEY_WORDS, 'exclusive', 'semaphore']);
/** A bare `acquire(key)` / `release(key)` / `unlock()` / `tryAcquire` is a lock helper; `releaseUsername` and `unlockAccount` are not. */
const BARE_VERBS = new Set(['acquire', 'release', 'unlock']);
const VERB_PREFIXES = new Set(['try', 'do', 'safe']);
/** Words ending in "lock" that are not locks. */
const NOT_LOCKS = new Set(['block', 'clock', 'unblock', 'oclock', 'deadlock']);

/** Splits `jobLockKey`, `LOCK_KEY`, `lock:order:1` into lower-case words. */
export function words(text: string): string[] {
  return text
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .replace(/([A-Z]+)([A-Z][a-z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0)
    .reduce<string[]>((out, w) => {
      // `lockOut` / `LOCK_OUT` is an account lockout, not a lock.
      if (w === 'out' && out[out.length - 1] === 'lock') out[out.length - 1] = 'lockout';
      else out.push(w);
      return out;
    }, []);
}

function hasWord(text: string, vocabulary: ReadonlySet<string>, extra: ReadonlySet<string>): boolean {
  return words(text).some(
    (w) => vocabulary.has(w) || extra.has(w) || (w.endsWith('lock') && !NOT_LOCKS.has(w) && w !== 'unlock'),
  );
}

/** Whether a key's spelling says it is a lock (`leaderboard`, `blockedUsers`, `clockSkew` do not). */
export function keyNameSaysLock(text: string, extra: ReadonlySet<string>): boolean {
  return hasWord(text, KEY_WORDS, extra);
}

/** Whether any enclosing function or class is named for locking (`releaseLock`, `RedisMutex`, `acquire`). */
export function contextSaysLock(node: TSESTree.Node, extra: ReadonlySet<string>): boolean {
  for (let cur = node.parent; cur; cur = cur.parent) {
    const name = nameOf(cur);
    if (name !== undefined && (hasWord(name, CONTEXT_WORDS, extra) || isBareLockVerb(name))) return true;
  }
  return false;
}

function isBareLockVerb(name: string): boolean {
  const w = words(name);
  const last = w[w.length - 1];
  return last !== undefined && BARE_VERBS.has(last) && w.slice(0, -1).every((p) => VERB_PREFIXES.has(p));
}

/** The name a function or class is known by: its id, the variable, method or property it is assigned to. */
export function nameOf(node: TSESTree.Node): string | undefined {
  switch (node.type) {
    case T.FunctionDeclaration:
    case T.ClassDeclaration:
    case T.ClassExpression:
      return node.id?.name;
    case T.FunctionExpression:
    case T.ArrowFunctionExpression: {
      if (node.type === T.FunctionExpression && node.id) return node.id.name;
      const parent = node.parent;
      if (parent.type === T.VariableDeclarator && parent.id.type === T.Identifier) return parent.id.name;
      // `exports.release = (…) => …`, `Lock.prototype.acquire = function (…) {…}`
      if (parent.type === T.AssignmentExpression && parent.left.type === T.MemberExpression) {
        return parent.left.property.type === T.Identifier ? parent.left.property.name : undefined;
      }
      if (parent.type === T.MethodDefinition || parent.type === T.Property || parent.type === T.PropertyDefinition) {
        return parent.key.type === T.Identifier ? parent.key.name : undefined;
      }
      return undefined;
    }
    default:
      return undefined;
  }
}

/** The nearest enclosing function, or undefined at module level. */
export function enclosingFunction(node: TSESTree.Node): TSESTree.FunctionLike | undefined {
  for (let cur = node.parent; cur; cur = cur.parent) {
    if (
      cur.type === T.FunctionDeclaration ||
      cur.type === T.FunctionExpression ||
      cur.type === T.ArrowFunctionExpression
    ) {
      return cur;
    }
  }
  return undefined;
}
