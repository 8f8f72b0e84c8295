import type { Connection } from 'vscode-languageserver';

/** How one rule shows in the editor; `off` turns it off. */
export type RuleSeverity = 'error' | 'warning' | 'info' | 'off';

/** `archlens.lint.*` (package.json contributes.configuration). */
export interface LintSettings {
  readonly enable: boolean;
  /** Rule id (without `archlens/`) → severity, as the user set them; rules not listed are warnings. */
  readonly rules: Readonly<Record<string, RuleSeverity>>;
}

/** The severity of one rule under these settings. */
export function severityOf(settings: LintSettings, ruleId: string): RuleSeverity {
  return settings.rules[ruleId] ?? DEFAULT_RULE_SEVERITY;
}

export const DEFAULT_RULE_SEVERITY: RuleSeverity = 'warning';
/** How long to wait for the client's settings before linting with the defaults. */
const SETTINGS_WAIT_MS = 1000;
const SEVERITIES = new Set<string>(['error', 'warning', 'info', 'off']);

/** Fills in what the client left out; an unknown severity keeps the rule's default rather than disabling it. */
export function normaliseLintSettings(value: unknown): LintSettings {
  const lint = (value as { lint?: { enable?: unknown; rules?: unknown } } | null | undefined)?.lint ?? {};
  const given = (lint.rules && typeof lint.rules === 'object' ? lint.rules : {}) as Record<string, unknown>;
  const rules: Record<string, RuleSeverity> = {};
  for (const [key, v] of Object.entries(given)) {
    // Accept both `require-deadline` and ESLint's `archlens/require-deadline` as keys; ignore unknown severities.
    if (typeof v === 'string' && SEVERITIES.has(v)) rules[key.replace(/^archlens\//, '')] = v as RuleSeverity;
  }
  return { enable: typeof lint.enable === 'boolean' ? lint.enable : true, rules };
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
