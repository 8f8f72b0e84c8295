// The lint worker thread: owns ESLint, the TypeScript parser and the rules, so that parsing and linting a big file
// never blocks the language server's main thread (completion, hover, diagram checks keep answering), and so that
// the main thread never loads ESLint at all. Jobs arrive one at a time (lint-worker-client.ts queues them).
import { parentPort, workerData } from 'node:worker_threads';
import { useTranslations } from '../../core/l10n/translations';
import type { LintFinding, LintReply, LintRequest } from './lint-jobs';
import { docsUrl, lintText, ruleIds, suggestionsFor } from './lint-engine';

// Findings in the language of the server that started this worker (lint-worker-client.ts passes its bundle).
useTranslations((workerData as { l10nBundle?: Record<string, string> } | null)?.l10nBundle);

function answer(id: number, job: LintRequest): LintReply {
  const rules = job.only ?? ruleIds().filter((r) => !job.off.includes(r));
  if (job.kind === 'suggest') return { id, suggested: suggestionsFor(job.text, job.path, rules, job.findings && new Set(job.findings)) };
  const findings = lintText(job.text, job.path, rules).map((m): LintFinding => {
    const ruleId = m.ruleId!.replace(/^archlens\//, '');
    return { ruleId, message: m.message, line: m.line, column: m.column, endLine: m.endLine, endColumn: m.endColumn, docsUrl: docsUrl(ruleId) };
  });
  return { id, findings };
}

parentPort?.on('message', ({ id, job }: { id: number; job: LintRequest }) => {
  let reply: LintReply;
  try {
    reply = answer(id, job);
  } catch (error) {
    // A rule that throws fails this one job with its stack, not the worker.
    reply = { id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
  parentPort!.postMessage(reply);
});
