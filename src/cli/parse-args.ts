/** What the command line asked for. */
export type CliRequest =
  | { readonly kind: 'check'; readonly paths: readonly string[]; readonly format: 'text' | 'json'; readonly fix: boolean }
  | { readonly kind: 'help' }
  | { readonly kind: 'version' }
  | { readonly kind: 'usage-error'; readonly message: string };

export const USAGE = `Usage: archlens check [paths…] [--format text|json] [--fix]

Checks the Mermaid diagrams in Markdown notes (tagged \`\`\`mermaid fences and untagged fences that start with a
diagram keyword) and .mmd/.mermaid files. Folders are walked recursively, honouring .gitignore and skipping
node_modules. With no paths, checks the current folder.

Options:
  --format text|json  text (default): file:line:col severity source message, then a summary;
                      json: an array of { file, line, column, endLine, endColumn, severity, source, message }
  --fix               apply safe fixes first (tag untagged diagram fences as mermaid) and report them
  -h, --help          show this help
  -v, --version       show the version

Exit status: 0 no errors, 1 errors found, 2 bad usage.`;

/** Reads argv (without node and the script). */
export function parseArgs(argv: readonly string[]): CliRequest {
  if (argv.includes('--help') || argv.includes('-h')) return { kind: 'help' };
  if (argv.includes('--version') || argv.includes('-v')) return { kind: 'version' };
  const [command, ...rest] = argv;
  if (command === undefined) return { kind: 'usage-error', message: 'missing command: try `archlens check .`' };
  if (command !== 'check') return { kind: 'usage-error', message: `unknown command '${command}': the only command is \`check\`` };

  const paths: string[] = [];
  let format: 'text' | 'json' = 'text';
  let fix = false;
  for (let i = 0; i < rest.length; i++) {
    const arg = rest[i];
    if (arg === '--fix') fix = true;
    else if (arg === '--format' || arg.startsWith('--format=')) {
      const value = arg === '--format' ? rest[++i] : arg.slice('--format='.length);
      if (value !== 'text' && value !== 'json') {
        return { kind: 'usage-error', message: `--format must be text or json${value === undefined ? '' : `, not '${value}'`}` };
      }
      format = value;
    } else if (arg === '--') paths.push(...rest.slice(i + 1)), (i = rest.length);
    else if (arg.startsWith('-')) return { kind: 'usage-error', message: `unknown option '${arg}'` };
    else paths.push(arg);
  }
  return { kind: 'check', paths: paths.length > 0 ? paths : ['.'], format, fix };
}
