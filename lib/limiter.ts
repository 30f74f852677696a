/**
 * Runs at most `slots` tasks at once; the rest wait their turn in order. Used where one task can
 * take a lot of memory (decoding an image of up to 40 megapixels is ~160 MB), so that many
 * uploads at once queue instead of exhausting the server's memory.
 */
export function createLimiter(slots: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  const release = () => {
    active--;
    waiting.shift()?.();
  };
  return {
    async run<T>(task: () => Promise<T>): Promise<T> {
      if (active >= slots) await new Promise<void>((resolve) => waiting.push(resolve));
      active++;
      try {
        return await task();
      } finally {
        release();
      }
    },
    get active() {
      return active;
    },
    get waiting() {
      return waiting.length;
    },
  };
}
