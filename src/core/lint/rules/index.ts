import type { TSESLint } from '@typescript-eslint/utils';
import cacheInvalidateAfterWrite from './cache-invalidate-after-write';
import noUnsafeLockRelease from './no-unsafe-lock-release';
import requireDeadline from './require-deadline';

/** Every archlens rule by id. Add a rule here when its triplet (rule, test, doc) exists. */
export const rules: Record<string, TSESLint.RuleModule<string, readonly unknown[]>> = {
  'cache-invalidate-after-write': cacheInvalidateAfterWrite as unknown as TSESLint.RuleModule<string, readonly unknown[]>,
  'no-unsafe-lock-release': noUnsafeLockRelease as unknown as TSESLint.RuleModule<string, readonly unknown[]>,
  'require-deadline': requireDeadline as unknown as TSESLint.RuleModule<string, readonly unknown[]>,
};
