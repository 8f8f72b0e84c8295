/**
 * Mermaid 12 calls `Object.groupBy`, which Node only has from 21; VS Code 1.100's Node and our Node 20 floor
 * lack it. Installs a spec-shaped version when missing.
 */
export function installGroupByPolyfill(): void {
  const objectWithGroupBy = Object as { groupBy?: unknown };
  if (typeof objectWithGroupBy.groupBy === 'function') return;
  Object.defineProperty(Object, 'groupBy', {
    configurable: true,
    writable: true,
    value<T, K extends PropertyKey>(items: Iterable<T>, keyOf: (item: T, index: number) => K): Partial<Record<K, T[]>> {
      const groups = Object.create(null) as Partial<Record<K, T[]>>;
      let index = 0;
      for (const item of items) {
        const key = keyOf(item, index++);
        (groups[key] ??= []).push(item);
      }
      return groups;
    },
  });
}
