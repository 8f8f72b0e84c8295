import * as l10n from '../core/l10n/translations';
import { existsSync, statSync } from 'node:fs';
import { readFile, writeFile } from 'node:fs/promises';
import { checkedExtensions, checkerFor, FILE_CHECKERS, type FileChecker } from './file-checkers';
import { formatText, summaryLine, toJson, type FileFinding } from './format-findings';
import { walkFiles } from './walk-files';

/** Where the CLI writes; injectable so tests can run it in-process. */
export interface CliOutput {
  out(text: string): void;
  err(text: string): void;
}

export interface CheckOptions {
  readonly paths: readonly string[];
  readonly format: 'text' | 'json';
  readonly fix: boolean;
  readonly checkers?: readonly FileChecker[];
}

/** Files read at once: enough to overlap disk reads with checking, few enough to keep memory flat. */
const READ_CONCURRENCY = 16;

/** Runs `archlens check`; resolves to the exit status (0 clean, 1 errors, 2 usage). */
export async function runCheck(options: CheckOptions, output: CliOutput): Promise<number> {
  const checkers = options.checkers ?? FILE_CHECKERS;
  const files: string[] = [];
  for (const path of options.paths) {
    if (!existsSync(path)) {
      output.err(l10n.t("archlens: '{0}' does not exist; pass files or folders to check", path));
      return 2;
    }
    if (statSync(path).isDirectory()) files.push(...walkFiles(path, (p) => checkerFor(p, checkers) !== undefined));
    else if (checkerFor(path, checkers)) files.push(path);
    else {
      output.err(l10n.t("archlens: cannot check '{0}': archlens checks {1} files", path, checkedExtensions(checkers).join(', ')));
      return 2;
    }
  }
  const unique = [...new Set(files)];

  const results: FileFinding[][] = new Array(unique.length);
  let failed = false;
  let next = 0;
  const worker = async () => {
    while (next < unique.length) {
      const index = next++;
      const file = unique[index];
      try {
        results[index] = await checkFile(file, checkerFor(file, checkers)!, options, output);
      } catch (error) {
        failed = true;
        results[index] = [];
        output.err(l10n.t("archlens: could not check '{0}': {1}", file, error instanceof Error ? error.message : String(error)));
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(READ_CONCURRENCY, unique.length) }, worker));
  const findings = results.flat();

  if (options.format === 'json') output.out(JSON.stringify(toJson(findings), null, 2));
  else {
    if (findings.length > 0) output.out(formatText(findings));
    output.out(summaryLine(findings, unique.length));
  }
  return failed || findings.some((f) => f.finding.severity === 'error') ? 1 : 0;
}

async function checkFile(file: string, checker: FileChecker, options: CheckOptions, output: CliOutput): Promise<FileFinding[]> {
  let text = await readFile(file, 'utf8');
  if (options.fix && checker.fix) {
    const fixed = checker.fix(text, file);
    if (fixed && fixed.text !== text) {
      await writeFile(file, fixed.text, 'utf8');
      text = fixed.text;
      // JSON output must stay parseable, so fix reports go to stderr there.
      const report = options.format === 'json' ? output.err : output.out;
      for (const change of fixed.changes) report.call(output, l10n.t('{0}: fixed {1}', file, change));
    }
  }
  const findings = await checker.check(text, file);
  return findings.map((finding) => ({ file, finding }));
}
