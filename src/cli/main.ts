import { version } from '../../package.json';
import * as l10n from '../core/l10n/translations';
import { cliLocale, cliTranslations } from './cli-locale';
import { parseArgs, takeLocale, usage } from './parse-args';
import { runCheck, type CliOutput } from './run-check';

const output: CliOutput = {
  out: (text) => process.stdout.write(text + '\n'),
  err: (text) => process.stderr.write(text + '\n'),
};

/** `archlens` entry point: parses argv, runs the command, exits with its status. */
async function main(argv: readonly string[]): Promise<number> {
  const { locale, rest } = takeLocale(argv);
  l10n.useTranslations(cliTranslations(cliLocale(locale, process.env)));
  const request = parseArgs(rest);
  switch (request.kind) {
    case 'help':
      output.out(usage());
      return 0;
    case 'version':
      output.out(version);
      return 0;
    case 'usage-error':
      output.err(`archlens: ${request.message}\n\n${usage()}`);
      return 2;
    case 'check':
      return runCheck(request, output);
  }
}

main(process.argv.slice(2)).then(
  (status) => {
    process.exitCode = status;
  },
  (error: unknown) => {
    process.stderr.write(`${l10n.t('archlens: unexpected failure: {0}', error instanceof Error ? error.stack ?? error.message : String(error))}\n`);
    process.exitCode = 2;
  },
);
