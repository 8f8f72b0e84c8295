import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkDocument } from '../../src/core/check/check-document';
import { findDiagrams } from '../../src/core/markdown/find-diagrams';
import { FENCE_STYLES, MUTATIONS, TRAP_STYLES, noteOf, sourceDiagrams } from './accuracy/accuracy-corpus';
import { oracleVerdict, recordParserInput, type OracleVerdict } from './accuracy/mermaid-oracle';

/**
 * Accuracy against bare mermaid over the mermaid docs corpus (../shared/mermaid-corpus when present), its
 * mutations in every fence style, and traps that are not diagrams. Prints the measured numbers.
 */
test('checkDocument agrees with bare mermaid.parse on the corpus, its mutations and traps', { timeout: 900_000 }, async () => {
  const { diagrams: sources, fromCorpus } = sourceDiagrams();
  const cases = new Map<string, string>(); // diagram text → how it was made
  for (const text of sources) {
    cases.set(text, 'corpus');
    for (const [name, mutate] of Object.entries(MUTATIONS)) {
      const mutated = mutate(text);
      if (mutated !== undefined && !cases.has(mutated)) cases.set(mutated, name);
    }
  }
  const texts = [...cases.keys()];

  // Ground truth: bare mermaid.parse, with each diagram type's parser recording the text it really received.
  const verdicts = new Map<string, OracleVerdict>();
  const retry: string[] = [];
  for (const text of texts) {
    const verdict = await oracleVerdict(text);
    verdicts.set(text, verdict);
    if (verdict.valid) await recordParserInput(text);
    else if (verdict.mermaidLine !== undefined && verdict.line === undefined) retry.push(text); // its parser was not recording yet
  }
  for (const text of retry) verdicts.set(text, await oracleVerdict(text));

  let invalid = 0, agreed = 0, withLine = 0, onLine = 0, validErrors = 0, valid = 0, untaggedSkipped = 0, numbered = 0, shifted = 0;
  const misses: string[] = [];
  for (const style of FENCE_STYLES) {
    // Untagged fences are diagrams only when they start with a diagram keyword, as on GitHub for our users.
    const chosen = style.untagged ? texts.filter((t) => findDiagrams('```\n' + t + '\n```').length === 1) : texts;
    if (style.untagged) untaggedSkipped = texts.length - chosen.length;
    const { text: note, starts } = noteOf(chosen, style);
    const findings = (await checkDocument(note)).filter((f) => f.severity === 'error');
    const errorsAt = (i: number) => {
      const end = i + 1 < starts.length ? starts[i + 1] : Infinity;
      return findings.filter((f) => f.range.start.line >= starts[i] && f.range.start.line < end);
    };
    chosen.forEach((text, i) => {
      const verdict = verdicts.get(text)!;
      const errors = errorsAt(i);
      if (verdict.valid) {
        valid++;
        if (errors.length > 0) {
          validErrors++;
          misses.push(`[${style.name}] error on a valid diagram: ${errors[0].message}\n${text}`);
        }
        return;
      }
      invalid++;
      if (errors.length > 0) agreed++;
      else misses.push(`[${style.name}] missed (${cases.get(text)}):\n${text}`);
      if (verdict.line !== undefined && errors.length > 0) {
        withLine++;
        if (verdict.mermaidLine !== undefined) {
          numbered++;
          // Where "fence line + N" would have put it: preprocessing shifted mermaid's count.
          if (verdict.mermaidLine - 1 !== verdict.line) shifted++;
        }
        if (errors[0].range.start.line === starts[i] + verdict.line) onLine++;
        else misses.push(`[${style.name}] line ${errors[0].range.start.line - starts[i]} vs mermaid ${verdict.line}:\n${text}`);
      }
    });
  }

  // Traps: the same diagrams, valid and broken, where they are not diagrams.
  const trapNote = texts.flatMap((t) => TRAP_STYLES.map((trap) => trap(t))).join('\n\n');
  const trapFindings = await checkDocument(trapNote);

  const pct = (a: number, b: number) => (b === 0 ? 100 : (100 * a) / b);
  console.log(
    `accuracy (${fromCorpus ? 'mermaid corpus' : 'built-in fixtures'}): ${texts.length} diagram texts ` +
      `(${sources.length} sources + ${texts.length - sources.length} mutations) × ${FENCE_STYLES.length} fence styles ` +
      `(${untaggedSkipped} not keyword-led, so not untagged diagrams)\n` +
      `  invalid diagrams flagged: ${agreed}/${invalid} = ${pct(agreed, invalid).toFixed(2)}% (goal ≥ 98%)\n` +
      `  errors on mermaid's exact line: ${onLine}/${withLine} = ${pct(onLine, withLine).toFixed(2)}% (goal ≥ 95%); ` +
      `${numbered} name a line, and for ${shifted} of them "fence line + N" would be wrong\n` +
      `  errors on valid diagrams: ${validErrors} of ${valid}; findings in ${texts.length * TRAP_STYLES.length} traps: ${trapFindings.length}`,
  );
  if (misses.length > 0) console.log(`first misses:\n${misses.slice(0, 8).join('\n---\n')}`);

  assert.ok(pct(agreed, invalid) >= 98, 'agreement with mermaid on invalid diagrams');
  assert.ok(pct(onLine, withLine) >= 95, "errors on mermaid's line");
  assert.equal(validErrors, 0, 'no error on a valid diagram');
  assert.deepEqual(trapFindings, [], 'no finding in a trap');
});
