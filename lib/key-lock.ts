/**
 * In-process locks by name, for work that spans an await and a transaction (write a file, then
 * the row that points at it) and must not interleave with other work on the same name (remove
 * that file because no row points at it). Kept on globalThis: route handlers and server actions
 * may load their own copy of this module, but they share the process.
 */
const g = globalThis as typeof globalThis & { __newsroomKeyLocks?: Map<string, Promise<void>> };
const tails = (g.__newsroomKeyLocks ??= new Map());

async function acquire(key: string): Promise<() => void> {
  const previous = tails.get(key) ?? Promise.resolve();
  let release!: () => void;
  const mine = new Promise<void>((resolve) => (release = resolve));
  const tail = previous.then(() => mine);
  tails.set(key, tail);
  await previous;
  return () => {
    release();
    if (tails.get(key) === tail) tails.delete(key);
  };
}

/** Runs `fn` holding every named lock (taken in sorted order, so two callers cannot deadlock). */
export async function withKeyLocks<T>(keys: readonly string[], fn: () => Promise<T> | T): Promise<T> {
  const releases: (() => void)[] = [];
  try {
    for (const key of [...new Set(keys)].sort()) releases.push(await acquire(key));
    return await fn();
  } finally {
    for (const release of releases.reverse()) release();
  }
}
