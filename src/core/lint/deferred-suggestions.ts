// Suggestions only when asked, as separate small edits. ESLint runs every suggestion's fixer while it lints and
// merges a fixer's several fixes into one edit spanning everything between them: the compare-and-delete fix
// (replace the DEL, insert a script after the imports) then carries the text in between, once per finding. On a
// 2 MB file that is gigabytes. The editor lints with the suggestions stripped, and computes them for a code
// action by re-running the rules with a recording fixer that keeps each fix as its own edit.
import type { TSESLint } from '@typescript-eslint/utils';

/** One text edit in offsets of the linted text: replace `range` with `text`. */
export interface OffsetEdit {
  readonly range: readonly [number, number];
  readonly text: string;
}

/** A suggestion of one finding: its title and the edits that apply it (never overlapping, sorted). */
export interface SuggestionEdits {
  readonly title: string;
  readonly edits: readonly OffsetEdit[];
}

/** Where a finding is, as ESLint reports it: 1-based lines, 0-based columns (LintMessage column minus one). */
export interface FindingLocation {
  readonly start: { readonly line: number; readonly column: number };
  readonly end: { readonly line: number; readonly column: number };
}

/** A finding with its suggestions computed. */
export interface SuggestedFinding {
  readonly ruleId: string;
  readonly message: string;
  readonly loc: FindingLocation;
  readonly suggestions: readonly SuggestionEdits[];
}

/** A finding's identity across runs on the same text: rule, range and message. */
export function findingKey(ruleId: string, loc: FindingLocation, message: string): string {
  return `${ruleId}|${loc.start.line}:${loc.start.column}|${loc.end.line}:${loc.end.column}|${message}`;
}

type AnyRule = TSESLint.RuleModule<string, readonly unknown[]>;
type Descriptor = TSESLint.ReportDescriptor<string> & { suggest?: readonly TSESLint.SuggestionReportDescriptor<string>[] | null };
type Ranged = { readonly range: readonly [number, number] };

/** ESLint's `{{ name }}` placeholders filled from `data` (unknown names stay as written, as ESLint does). */
function interpolate(text: string, data: Record<string, unknown> | undefined): string {
  if (!data || !text.includes('{{')) return text;
  return text.replace(/\{\{([^{}]+)\}\}/g, (all, name: string) => (name.trim() in data ? String(data[name.trim()]) : all));
}

/** A fixer with ESLint's RuleFixer methods that only records what each call asks for. */
const RECORDING_FIXER = {
  insertTextAfter: (n: Ranged, text: string): OffsetEdit => ({ range: [n.range[1], n.range[1]], text }),
  insertTextAfterRange: (r: readonly [number, number], text: string): OffsetEdit => ({ range: [r[1], r[1]], text }),
  insertTextBefore: (n: Ranged, text: string): OffsetEdit => ({ range: [n.range[0], n.range[0]], text }),
  insertTextBeforeRange: (r: readonly [number, number], text: string): OffsetEdit => ({ range: [r[0], r[0]], text }),
  replaceText: (n: Ranged, text: string): OffsetEdit => ({ range: [n.range[0], n.range[1]], text }),
  replaceTextRange: (r: readonly [number, number], text: string): OffsetEdit => ({ range: [r[0], r[1]], text }),
  remove: (n: Ranged): OffsetEdit => ({ range: [n.range[0], n.range[1]], text: '' }),
  removeRange: (r: readonly [number, number]): OffsetEdit => ({ range: [r[0], r[1]], text: '' }),
};

/**
 * The edits a suggestion's fixer returns, sorted. Overlapping fixes (which ESLint would reject) are joined so the
 * result is always a valid LSP edit list; apart from that each fix stays its own small edit.
 */
export function recordFixes(fix: (fixer: TSESLint.RuleFixer) => unknown, text: string): OffsetEdit[] {
  const result = fix(RECORDING_FIXER as unknown as TSESLint.RuleFixer) as OffsetEdit | Iterable<OffsetEdit> | null | undefined;
  if (!result) return [];
  const fixes = (Symbol.iterator in result ? [...result] : [result]).filter(Boolean).sort((a, b) => a.range[0] - b.range[0] || a.range[1] - b.range[1]);
  const edits: OffsetEdit[] = [];
  for (const f of fixes) {
    const last = edits[edits.length - 1];
    if (last && f.range[0] < last.range[1]) {
      const end = Math.max(last.range[1], f.range[1]);
      edits[edits.length - 1] = { range: [last.range[0], end], text: last.text + f.text + text.slice(f.range[1], end) };
    } else edits.push(f);
  }
  return edits;
}

/** The location of a report descriptor (a node's, or the `loc` it names), in ESLint's coordinates. */
function locationOf(d: Descriptor): FindingLocation {
  const loc = (d as { loc?: unknown }).loc as { start?: FindingLocation['start']; end?: FindingLocation['end']; line?: number; column?: number } | undefined;
  if (loc?.start) return { start: loc.start, end: loc.end ?? loc.start };
  if (loc && loc.line !== undefined) return { start: { line: loc.line, column: loc.column ?? 0 }, end: { line: loc.line, column: loc.column ?? 0 } };
  const node = (d as { node: { loc: FindingLocation } }).node;
  return { start: node.loc.start, end: node.loc.end };
}

/** The rule with every report passed on without its suggestions: ESLint never runs their fixers. */
export function withoutSuggestions(rule: AnyRule): AnyRule {
  return wrapReports(rule, (context, d) => context.report({ ...d, suggest: null } as Descriptor));
}

/**
 * The rule reporting to `sink` instead of ESLint, with each suggestion computed by the recording fixer. `text` is
 * the linted text (for joining overlapping fixes). ESLint sees no report, so it builds no merged fix. With `only`
 * (keys from findingKey), other findings are dropped before any fixer runs.
 */
export function capturingSuggestions(rule: AnyRule, ruleId: string, text: string, sink: SuggestedFinding[], only?: ReadonlySet<string>): AnyRule {
  const messages = rule.meta.messages as Record<string, string>;
  return wrapReports(rule, (_context, d) => {
    const descriptor = d as Descriptor & { messageId: string; data?: Record<string, unknown> };
    const message = interpolate(messages[descriptor.messageId] ?? '', descriptor.data);
    const loc = locationOf(descriptor);
    if (only && !only.has(findingKey(ruleId, loc, message))) return;
    sink.push({
      ruleId,
      message,
      loc,
      suggestions: (descriptor.suggest ?? []).flatMap((s) => {
        const edits = recordFixes(s.fix as (fixer: TSESLint.RuleFixer) => unknown, text);
        const title = interpolate(messages[s.messageId] ?? '', s.data as Record<string, unknown> | undefined);
        return edits.length > 0 ? [{ title, edits }] : [];
      }),
    });
  });
}

/** The rule with `context.report` replaced; everything else about the context stays ESLint's. */
function wrapReports(rule: AnyRule, report: (context: TSESLint.RuleContext<string, readonly unknown[]>, d: Descriptor) => void): AnyRule {
  return {
    ...rule,
    create(context) {
      const wrapped = Object.create(context, { report: { value: (d: Descriptor) => report(context, d) } }) as typeof context;
      return rule.create(wrapped);
    },
  } as AnyRule;
}
