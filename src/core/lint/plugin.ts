import type { TSESLint } from '@typescript-eslint/utils';
import { version as VERSION } from '../../../package.json';
import { rules } from './rules/index';

const PLUGIN_NAME = 'archlens';

/** The plugin object ESLint users register (`plugins: { archlens }`), with a flat `recommended` config. */
export const plugin = {
  meta: { name: PLUGIN_NAME, version: VERSION },
  rules,
  configs: {} as Record<string, TSESLint.FlatConfig.Config>,
};

plugin.configs.recommended = {
  name: 'archlens/recommended',
  plugins: { [PLUGIN_NAME]: plugin as unknown as TSESLint.FlatConfig.Plugin },
  rules: Object.fromEntries(
    Object.entries(rules)
      .filter(([, rule]) => (rule.meta.docs as { recommended?: boolean } | undefined)?.recommended !== false)
      .map(([id]) => [`${PLUGIN_NAME}/${id}`, 'error' as const]),
  ),
};
