import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { createRule } from '../create-rule';
import { KeyResolver } from './lock/key-signature';
import type { Acquisition, KeyUse } from './lock/lock-usage';
import { LockUsage } from './lock/lock-usage';
import { calleePropertyName, mayBeRedisCommand, readRedisCommand } from './lock/redis-call-shapes';
import { compareAndDeleteFix, importedFlavor, uniqueTokenFix } from './lock/release-fixes';
import { isConstant, releaseToken } from './lock/release-token';

export type MessageId =
  | 'unsafeRelease'
  | 'checkThenDelete'
  | 'constantLockValue'
  | 'missingExpiry'
  | 'nonAtomicExpiry'
  | 'suggestCompareAndDelete'
  | 'suggestUniqueToken';

export interface Options {
  /** More words that mark a key or helper name as a lock (e.g. `"baton"`). */
  extraLockWords?: string[];
}

const MAX_SHOWN = 60;

/** Source text for a message, shortened so a long template key does not flood the problems panel. */
function shown(sourceCode: Readonly<TSESLint.SourceCode>, node: TSESTree.Node): string {
  const text = sourceCode.getText(node).replace(/\s+/g, ' ');
  return text.length > MAX_SHOWN ? `${text.slice(0, MAX_SHOWN - 1)}…` : text;
}

export default createRule<[Options], MessageId>({
  name: 'no-unsafe-lock-release',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Redis lock releases and acquisitions that can delete or block a lock another process holds',
      recommended: true,
    },
    hasSuggestions: true,
    schema: [
      {
        type: 'object',
        properties: { extraLockWords: { type: 'array', items: { type: 'string', minLength: 1 }, uniqueItems: true } },
        additionalProperties: false,
      },
    ],
    messages: {
      unsafeRelease:
        '`{{method}}({{key}})` releases a lock taken with SET NX without checking it is still ours: if it expired and another process took it, this deletes their lock. Delete only while the value equals our token (compare-and-delete).',
      checkThenDelete:
        '`{{method}}({{key}})` after a separate GET is a check-then-act race: the lock can expire and change hands between the two calls, and this deletes the new owner\'s lock. Compare and delete in one atomic step (Lua script, WATCH/MULTI, or DELEX … IFEQ).',
      constantLockValue:
        'Lock `{{key}}` is taken with the constant value {{value}}, so no release can tell whose lock it is. Store a unique token per acquisition and compare it on release.',
      missingExpiry:
        'Lock `{{key}}` is taken with {{method}} but no expiry: if this process dies before releasing it, nobody gets the lock again. Set PX/EX in the same SET.',
      nonAtomicExpiry:
        'Lock `{{key}}` is taken with {{method}} and given its expiry by a separate {{expireMethod}}: a crash in between leaves a lock that never expires. Use one `SET key token NX PX ttl`.',
      suggestCompareAndDelete: 'Release with a compare-and-delete Lua script (deletes only while the value is {{token}}).',
      suggestUniqueToken: 'Use a unique token: {{replacement}}.',
    },
  },
  defaultOptions: [{ extraLockWords: [] }],
  create(context, [options]) {
    const sourceCode = context.sourceCode;
    const resolver = new KeyResolver(sourceCode);
    const extraWords = new Set((options.extraLockWords ?? []).map((w) => w.toLowerCase()));
    const usage = new LockUsage(resolver, extraWords);

    function reportRelease(del: KeyUse, acquired: Acquisition[]): void {
      if (usage.isWatchedTransaction(del)) return;
      const read = usage.precedingRead(del);
      const token = releaseToken(sourceCode, resolver, del, read, acquired);
      const known = acquired.find((a) => a.mode.flavor !== 'unknown')?.mode.flavor;
      const flavor = known ?? importedFlavor(sourceCode.ast);
      context.report({
        node: del.command.call,
        messageId: read ? 'checkThenDelete' : 'unsafeRelease',
        data: { method: del.command.written, key: shown(sourceCode, del.key) },
        suggest:
          token === undefined || del.command.args.length !== 1 || del.command.receiver === undefined
            ? []
            : [
                {
                  messageId: 'suggestCompareAndDelete',
                  data: { token },
                  fix: compareAndDeleteFix(sourceCode, del.command, del.key, token, flavor),
                },
              ],
      });
    }

    function reportAcquisition(a: Acquisition): void {
      const key = shown(sourceCode, a.key);
      const method = a.command.name === 'setnx' ? a.command.written.toUpperCase() : 'SET … NX';
      if (a.value && isConstant(resolver, a.value)) {
        const { fix, replacement } = uniqueTokenFix(sourceCode, a.value, a.command.call);
        context.report({
          node: a.command.call,
          messageId: 'constantLockValue',
          data: { key, value: shown(sourceCode, a.value) },
          suggest: [{ messageId: 'suggestUniqueToken', data: { replacement }, fix }],
        });
      }
      if (a.mode.expiry !== false) return;
      const later = usage.laterExpiry(a);
      if (later === 'atomic') return;
      context.report({
        node: a.command.call,
        messageId: later ? 'nonAtomicExpiry' : 'missingExpiry',
        data: { key, method, expireMethod: later?.command.written.toUpperCase() ?? '' },
      });
    }

    return {
      CallExpression(node) {
        // Decide from the property name alone before any scope work: most calls end here.
        const name = calleePropertyName(node);
        if (name === undefined || !mayBeRedisCommand(name)) return;
        const command = readRedisCommand(node);
        if (command) usage.add(command);
      },
      'Program:exit'() {
        if (usage.acquisitions.length === 0) return; // no SET NX in this file: nothing here is a lock we can judge
        const reported = new Set<TSESTree.Node>();
        for (const del of usage.deletes) {
          if (reported.has(del.command.call)) continue;
          const acquired = usage.releasedBy(del);
          if (acquired === undefined) continue;
          reported.add(del.command.call);
          reportRelease(del, acquired);
        }
        for (const a of usage.acquisitions) if (usage.isLock(a)) reportAcquisition(a);
      },
    };
  },
});
