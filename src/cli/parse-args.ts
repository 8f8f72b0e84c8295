import * as l10n from '../core/l10n/translations';

/** What the command line asked for. */
export type CliRequest =
  | { readonly kind: 'check'; readonly paths: readonly string[]; readonly format: 'text' | 'json'; readonly fix: boolean }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

/** The help text, in the user's language (call after the CLI set its translations). */
export const usage = (): string => l10n.t(`Usage: archlens check [paths…] [--format text|json] [--fix] [--locale <locale>]

Checks the Mermaid diagrams in Markdown notes (tagged \`\`\`mermaid fences and untagged fences that start with a
diagram keyword) and .mmd/.mermaid files. Folders are walked recursively, honouring .gitignore and skipping
node_modules. With no paths, checks the current folder.

Options:
  --format text|json  text (default): file:line:col severity source message, then a summary;
                      json: an array of { file, line, column, endLine, endColumn, severity, source, message }
  --fix               apply safe fixes first (tag untagged diagram fences as mermaid) and report them
  --locale <locale>   language of the messages, e.g. zh-cn or en (default: from LC_ALL, LC_MESSAGES or LANG)
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage.`);

/** Reads argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliRequest {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: l10n.t('missing command: try `archlens check .`') };
  if (command !== 'check') return { kind: 'usage-error', message: l10n.t("unknown command '{0}': the only command is `check`", command) };

  const paths: string[] = [];
  let format: 'text' | 'json' = 'text';
  let fix = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--fix') fix = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') {
        return { kind: 'usage-error', message: value === undefined ? l10n.t('--format must be text or json') : l10n.t("--format must be text or json, not '{0}'", value) };
      }
      format = value;
    } else if (arg === '--') paths.push(...rest.slice(i + 1)), (i = rest.length);
    else if (arg.startsWith('-')) return { kind: 'usage-error', message: l10n.t("unknown option '{0}'", arg) };
    else paths.push(arg);
  }
  return { kind: 'check', paths: paths.length > 0 ? paths : ['.'], format, fix };
}

/** Takes `--locale <tag>` / `--locale=<tag>` out of argv (it may stand anywhere), so the language is known first. */
export function takeLocale(argv: readonly string[]): { readonly locale?: string; readonly rest: readonly string[] } {
  const rest: string[] = [];
  let locale: string | undefined;
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === '--') {
      rest.push(...argv.slice(i));
      break;
    }
    if (arg === '--locale' && i + 1 < argv.length) locale = argv[++i];
    else if (arg.startsWith('--locale=')) locale = arg.slice('--locale='.length);
    else rest.push(arg);
  }
  return { locale, rest };
}
