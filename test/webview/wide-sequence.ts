// A note with the widest diagram users write: a sequence diagram with many participants.

/** Markdown with one untagged sequence diagram of `participants` services calling each other in a chain. */
export function wideSequenceNote(participants = 20, label = 'call'): string {
  const names = Array.from({ length: participants }, (_, i) => `Service${i}`);
  const lines = ['sequenceDiagram', ...names.map((n) => `    participant ${n}`)];
  for (let i = 0; i + 1 < names.length; i++) lines.push(`    ${names[i]}->>${names[i + 1]}: ${label} ${i}`);
  return `# Wide\n\n\`\`\`\n${lines.join('\n')}\n\`\`\`\n`;
}
