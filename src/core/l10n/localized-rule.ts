// The lint rules' messages in the user's language, for the editor and the CLI. Each rule's own `meta.messages`
// stay English: that is the plugin ESLint users load in CI, and ESLint has no locale of its own. Here the editor
// and the CLI get a copy of a rule whose message templates went through the same bundle as every other
// message. A copy of the templates (rather than translating each reported message) keeps ESLint in charge of
// filling `{{placeholders}}`, keeps `messageId`s and suggestion descriptions working, and needs nothing from the
// rules themselves. Templates are looked up with no arguments, and `t` leaves `{{…}}` alone then, so a translated
// template must keep the English one's placeholders (test/l10n checks it).
import * as l10n from './translations';

/** What this needs of a rule: its messages (the rest is passed through untouched). */
interface RuleWithMessages {
  readonly meta: { readonly messages: Readonly<Record<string, string>> };
}

const copies = new WeakMap<object, { readonly generation: number; readonly rule: object }>();

/** A copy of `rule` with its finding and suggestion messages in the current language (cached until it changes). */
export function localizedRule<R extends RuleWithMessages>(rule: R): R {
  const generation = l10n.translationsGeneration();
  const cached = copies.get(rule);
  if (cached?.generation === generation) return cached.rule as R;
  const messages = Object.fromEntries(
    Object.entries(rule.meta.messages).map(([id, template]) => [id, l10n.t(template)]), // l10n: dynamic — every template is checked by test/l10n
  );
  const copy = { ...rule, meta: { ...rule.meta, messages } };
  copies.set(rule, { generation, rule: copy });
  return copy;
}
