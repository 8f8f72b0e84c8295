import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { boundedByWrapper } from './raced-call';

/** Every message of require-deadline: one finding per client library, one suggestion per fix. */
export type MessageIds =
  | 'fetchWithoutSignal'
  | 'fetchTimeoutIgnored'
  | 'axiosWithoutTimeout'
  | 'gotWithoutTimeout'
  | 'httpWithoutTimeout'
  | 'undiciWithoutTimeout'
  | 'grpcWithoutDeadline'
  | 'addSignal'
  | 'replaceTimeoutWithSignal'
  | 'addTimeout'
  | 'addDeadline';
export type Options = [{ defaultTimeoutMs?: number }];
export type Suggestion = TSESLint.SuggestionReportDescriptor<MessageIds>;

/** What each library's check needs from the rule: the file, the configured timeout, and a way to report. */
export interface DeadlineCheck {
  readonly context: Readonly<TSESLint.RuleContext<MessageIds, Options>>;
  readonly sourceCode: Readonly<TSESLint.SourceCode>;
  /** `defaultTimeoutMs` as the text the suggestions insert. */
  readonly ms: string;
  /** Reports `call` with its callee as `{{callee}}`, unless a wrapper (`Promise.race`, `withTimeout`) bounds it. */
  report(call: TSESTree.CallExpression, messageId: MessageIds, suggest: Suggestion[]): void;
}

/** The callee as the message shows it: whitespace removed, cut to 40 characters. */
function calleeText(sourceCode: Readonly<TSESLint.SourceCode>, call: TSESTree.CallExpression): string {
  const text = sourceCode.getText(call.callee).replace(/\s+/g, '');
  return text.length > 40 ? `${text.slice(0, 39)}…` : text;
}

/** Builds the check state for one file linted with `options`. */
export function deadlineCheck(context: Readonly<TSESLint.RuleContext<MessageIds, Options>>, options: Options[0]): DeadlineCheck {
  const sourceCode = context.sourceCode;
  return {
    context,
    sourceCode,
    ms: String(options.defaultTimeoutMs ?? 10000),
    report(call, messageId, suggest) {
      if (boundedByWrapper(sourceCode, call)) return;
      context.report({ node: call, messageId, data: { callee: calleeText(sourceCode, call) }, suggest });
    },
  };
}
