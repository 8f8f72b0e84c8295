import type { Connection } from 'vscode-languageserver';

/** How one rule shows in the editor; `off` turns it off. */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

/** `archlens.lint.*` (package.json contributes.configuration). */
export interface LintSettings {
  readonly enable: boolean;
  /** Rule id (without `archlens/`) → severity, as the user set them; rules not listed are warnings. */
  readonly rules: Readonly<Record<string, RuleSeverity>>;
  /** Largest document linted, in KB of UTF-8; bigger ones are skipped with a log line. 0 lints every size. */
  readonly maxFileSize: number;
}

/** The severity of one rule under these settings. */
export function severityOf(settings: LintSettings, ruleId: string): RuleSeverity {
  return settings.rules[ruleId] ?? DEFAULT_RULE_SEVERITY;
}

export const DEFAULT_RULE_SEVERITY: RuleSeverity = 'warning';
/**
 * Default `archlens.lint.maxFileSize` in KB. Hand-written sources are far smaller; ESLint needs ~400 MB and tens of
 * seconds of a core for a 2 MB TypeScript file, which is generated or bundled code nobody reviews by lint.
 */
export const DEFAULT_MAX_FILE_SIZE_KB = 500;
/** How long to wait for the client's settings before linting with the defaults. */
const SETTINGS_WAIT_MS = 1000;
const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'off']);

/** Fills in what the client left out; an unknown severity keeps the rule's default rather than disabling it. */
export function normaliseLintSettings(value: unknown): LintSettings {
  const lint = (value as { lint?: { enable?: unknown; rules?: unknown; maxFileSize?: unknown } } | null | undefined)?.lint ?? {};
  const given = (lint.rules && typeof lint.rules === 'object' ? lint.rules : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = {};
  for (const [key, v] of Object.entries(given)) {
    // Accept both `require-deadline` and ESLint's `archlens/require-deadline` as keys; ignore unknown severities.
    if (typeof v === 'string' && SEVERITIES.has(v)) rules[key.replace(/^archlens\//, '')] = v as RuleSeverity;
  }
  const size = lint.maxFileSize;
  const maxFileSize = typeof size === 'number' && Number.isFinite(size) && size >= 0 ? size : DEFAULT_MAX_FILE_SIZE_KB;
  return { enable: typeof lint.enable === 'boolean' ? lint.enable : true, rules, maxFileSize };
}

/**
 * The document's `archlens` settings, asked fresh on every lint run (runs are debounced, and the server re-runs
 * them when the client reports a settings change). Clients that can't answer get the defaults.
 */
export async function readLintSettings(connection: Connection, uri: string): Promise<LintSettings> {
  let timer: ReturnType<typeof setTimeout> | undefined;
  // A client without `workspace/configuration` may never answer; lint with the defaults rather than not at all.
  const unanswered = new Promise<undefined>((resolve) => (timer = setTimeout(resolve, SETTINGS_WAIT_MS, undefined)));
  try {
    return normaliseLintSettings(await Promise.race([connection.workspace.getConfiguration({ scopeUri: uri, section: 'archlens' }), unanswered]));
  } catch {
    return normaliseLintSettings(undefined);
  } finally {
    clearTimeout(timer);
  }
}
