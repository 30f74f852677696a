// Pseudo-text for the benchmark's synthetic archive: English and Russian words drawn from the demo
// stories (db/seed/demo-stories.ts) with their real frequencies, so a body reads like the demo's
// vocabulary shuffled and search terms behave as they would on real stories. Deterministic: the
// same seed gives the same archive.
import type { DemoStory } from '@/db/seed/demo-stories';

export type Lang = 'en' | 'ru';

/** mulberry32: a small, fast, seedable generator (uniform in [0, 1)). */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;
export const between = (random: () => number, min: number, max: number): number => min + Math.floor(random() * (max - min + 1));

/** Every word of a text, lower-cased (letters only; hyphenated words split). */
export function words(text: string): string[] {
  return (text.toLowerCase().match(/\p{L}+/gu) ?? []).filter((w) => w.length > 1 || /^[aиивсвкоуя]$/u.test(w));
}

/** All the text of one language of the demo stories. */
export function demoText(stories: readonly DemoStory[], lang: Lang): string {
  const parts: string[] = [];
  for (const story of stories) {
    const t = story[lang];
    if (!t) continue;
    parts.push(t.title, t.summary);
    for (const block of t.body) {
      if (block.type === 'list') parts.push(...block.items);
      else if (block.type !== 'image' && block.type !== 'document') parts.push(block.text);
    }
  }
  return parts.join('\n');
}

export type Vocabulary = {
  /** Words with repetition, in their demo frequencies: drawing uniformly from it draws by frequency. */
  pool: string[];
  /** A frequent content word (≥ 6 letters): matches a large share of the archive. */
  common: string;
  /** A word kept out of the pool and planted in a few stories only. */
  rare: string;
};

/**
 * The vocabulary of one language. The common term is the most frequent word of six letters or
 * more; the rare one the longest word the demo uses once, removed from the pool (the generator
 * plants it in about one story in a thousand).
 */
export function vocabulary(text: string): Vocabulary {
  const all = words(text);
  const counts = new Map<string, number>();
  for (const w of all) counts.set(w, (counts.get(w) ?? 0) + 1);
  const byCount = [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  const common = byCount.find(([w]) => w.length >= 6)?.[0];
  const rare = byCount
    .filter(([, n]) => n === 1)
    .map(([w]) => w)
    .sort((a, b) => b.length - a.length || a.localeCompare(b))[0];
  if (!common || !rare) throw new Error('The demo text is too small for a vocabulary');
  return { pool: all.filter((w) => w !== rare), common, rare };
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

/** A sentence of `min`–`max` words from the pool, capitalised, with an occasional comma. */
export function sentence(random: () => number, vocab: Vocabulary, min = 8, max = 22): string {
  const n = between(random, min, max);
  const out: string[] = [];
  for (let i = 0; i < n; i++) out.push(pick(random, vocab.pool) + (i > 2 && i < n - 2 && random() < 0.08 ? ',' : ''));
  return `${capitalise(out.join(' '))}.`;
}

/** A paragraph of about `minWords`–`maxWords` words (whole sentences). */
export function paragraph(random: () => number, vocab: Vocabulary, minWords = 40, maxWords = 120): string {
  const target = between(random, minWords, maxWords);
  const sentences: string[] = [];
  let count = 0;
  while (count < target) {
    const s = sentence(random, vocab);
    sentences.push(s);
    count += s.split(' ').length;
  }
  return sentences.join(' ');
}

/** A headline-like phrase: `min`–`max` words, capitalised, no full stop. */
export function phrase(random: () => number, vocab: Vocabulary, min: number, max: number): string {
  const n = between(random, min, max);
  return capitalise(Array.from({ length: n }, () => pick(random, vocab.pool)).join(' '));
}
