import { ESLintUtils } from '@typescript-eslint/utils';

/** Where each rule's documentation lives; ESLint and the editor link findings to it. */
export const RULE_DOCS_BASE = 'https://github.com/archlens/archlens/blob/main/docs/rules/';

export interface ArchlensRuleDocs {
  description: string;
  /** Part of the `recommended` config. */
  recommended?: boolean;
}

/** Builds an archlens rule; the docs URL is derived from the rule's name, never typed by hand. */
export const createRule = ESLintUtils.RuleCreator<ArchlensRuleDocs>((name) => `${RULE_DOCS_BASE}${name}.md`);
