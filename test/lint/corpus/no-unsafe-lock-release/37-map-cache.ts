// expect: none
// In-process cache with a "lock" flag per key to avoid stampedes inside one process.
const values = new Map<string, unknown>();
const locks = new Map<string, Promise<unknown>>();

export async function memo<T>(key: string, load: () => Promise<T>): Promise<T> {
  if (values.has(key)) return values.get(key) as T;
  const pending = locks.get(key);
  if (pending) return pending as Promise<T>;
  const p = load().then((v) => {
    values.set(key, v);
    locks.delete(key);
    return v;
  });
  locks.set(key, p);
  return p;
}
