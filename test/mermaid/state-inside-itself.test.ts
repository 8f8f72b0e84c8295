// A state diagram whose composite state is used inside its own block parses, but mermaid's layout of it never
// returns in a browser (the preview froze): the check reports it as an error on the line that does it, and only then.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import { stateInsideItself } from '../../src/core/mermaid/state-inside-itself';
import { validateDiagram } from '../../src/core/mermaid/validate-diagram';

/** Asserts the verdict on `lines` is a state-inside-itself error for `id` on the line holding `marker`. */
async function assertInsideItself(lines: string[], id: string, marker: string): Promise<void> {
  const issue = await validateDiagram(lines.join('\n'));
  assert.ok(issue, `expected an issue for ${JSON.stringify(lines)}`);
  assert.equal(issue.code, 'state-inside-itself', issue.message);
  assert.equal(issue.severity, 'error');
  const line = lines.findIndex((l) => l.includes(marker));
  assert.equal(issue.line, line);
  assert.deepEqual([issue.column, issue.endColumn], [lines[line]!.length - lines[line]!.trimStart().length, lines[line]!.length]);
  assert.equal(issue.message, `State "${id}" is used inside its own block (state ${id} {…}), so it ends up inside itself: mermaid cannot draw this (the picture hangs, fails or comes out wrong). Rename the inner state, or move this line out of the block.`);
}

test('a transition from a composite state inside its own block is an error on that line (v2, v1, alias, nested, to the end)', async () => {
  await assertInsideItself(['stateDiagram-v2', '  state Paid {', '    Paid --> Shipped', '  }'], 'Paid', 'Paid -->');
  await assertInsideItself(['stateDiagram', '  state Paid {', '    Paid --> Shipped', '  }'], 'Paid', 'Paid -->');
  await assertInsideItself(['stateDiagram-v2', '  state "Order paid" as Paid {', '    Packed --> Sent', '    Paid --> Sent', '  }'], 'Paid', 'Paid --> Sent');
  await assertInsideItself(['stateDiagram-v2', '  state Order {', '    state Paid {', '      Paid --> Shipped', '    }', '  }'], 'Paid', 'Paid -->');
  await assertInsideItself(['stateDiagram-v2', '  state Paid {', '    Paid --> [*]', '  }'], 'Paid', 'Paid --> [*]');
  // From a state two levels down: the outer state is named inside the inner block.
  await assertInsideItself(['stateDiagram-v2', '  state Order {', '    state Paid {', '      Order --> Shipped', '    }', '  }'], 'Order', 'Order --> Shipped');
});

test('near misses that mermaid draws are left alone', async () => {
  const valid = [
    ['stateDiagram-v2', '  state Paid {', '    Packed --> Shipped', '  }', '  Paid --> Done'],
    ['stateDiagram-v2', '  Paid --> Paid', '  state Paid {', '    Packed', '  }'],
    ['stateDiagram-v2', '  state Order {', '    X --> Y', '    state Paid {', '      C --> D', '    }', '    Paid --> Paid', '  }'],
    ['stateDiagram-v2', '  state A {', '    B --> C', '  }', '  state D {', '    B --> E', '  }'],
    ['stateDiagram-v2', '  state PaidLater {', '    Paid --> Shipped', '  }'],
    ['stateDiagram-v2', '  [*] --> Paid', '  Paid --> [*]'],
    ['flowchart TD', '  subgraph Paid', '    Paid --> Shipped', '  end'],
  ];
  for (const lines of valid) assert.equal(await validateDiagram(lines.join('\n')), undefined, lines.join('\n'));
});

test('the parent-chain check on layout nodes', () => {
  assert.equal(stateInsideItself([{ id: 'A', isGroup: true, parentId: 'A' }, { id: 'B', parentId: 'A' }]), 'A');
  // A two-state loop: either member is inside itself.
  assert.equal(stateInsideItself([{ id: 'A', isGroup: true, parentId: 'B' }, { id: 'B', isGroup: true, parentId: 'A' }]), 'A');
  // A loop above a group that does not pass through it is reported for the loop's own group, not for this one.
  assert.equal(stateInsideItself([{ id: 'C', isGroup: true, parentId: 'B' }, { id: 'B', parentId: 'B' }]), undefined);
  assert.equal(stateInsideItself([{ id: 'A', isGroup: true }, { id: 'B', isGroup: true, parentId: 'A' }, { id: 'C', parentId: 'B' }]), undefined);
  assert.equal(stateInsideItself([]), undefined);
});
