// The CLI's language: `--locale`, else the POSIX locale variables in their order of precedence (LC_ALL, then
// LC_MESSAGES, then LANG), else English. The translations are bundled into dist/cli.js, so `npx archlens` needs
// no files beside it.
import zhCn from '../../l10n/bundle.l10n.zh-cn.json';

/** The locales archlens has translations for (VS Code's locale ids). */
const BUNDLES: Readonly<Record<string, Readonly<Record<string, string>>>> = { 'zh-cn': zhCn };

/**
 * The archlens locale for a `--locale` value or the environment: `zh_CN.UTF-8`, `zh-CN`, `zh_SG` and `zh-Hans`
 * read as `zh-cn`; `C`, `POSIX`, unset and any language without translations read as `en`.
 */
export function cliLocale(option: string | undefined, env: Readonly<Record<string, string | undefined>>): string {
  const raw = option ?? [env.LC_ALL, env.LC_MESSAGES, env.LANG].find((value) => value !== undefined && value !== '');
  if (!raw) return 'en';
  const tag = raw.split(/[.@]/)[0]!.toLowerCase().replace(/_/g, '-');
  if (tag in BUNDLES) return tag;
  // Simplified Chinese under its other names; zh-TW/zh-HK (Traditional) have no bundle, so they stay English.
  if (tag === 'zh' || tag === 'zh-sg' || tag.startsWith('zh-hans')) return 'zh-cn';
  return 'en';
}

/** The translations for `locale`; undefined for English. */
export function cliTranslations(locale: string): Readonly<Record<string, string>> | undefined {
  return BUNDLES[locale];
}
