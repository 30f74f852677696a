import { describe, expect, it } from 'vitest';
import { demoStories } from '@/db/seed/demo-stories';
import { demoText, paragraph, rng, vocabulary, words } from './text';

describe('rng', () => {
  it('is deterministic per seed and stays in [0, 1)', () => {
    const a = rng(7);
    const b = rng(7);
    const xs = Array.from({ length: 1000 }, () => a());
    expect(xs).toEqual(Array.from({ length: 1000 }, () => b()));
    expect(xs.every((x) => x >= 0 && x < 1)).toBe(true);
    expect(rng(8)()).not.toBe(xs[0]);
  });
});

describe('words', () => {
  it('lower-cases and keeps letters only, in both scripts', () => {
    expect(words('Almaty Process: 3,101 people — «Беженцы» и мигранты')).toEqual(['almaty', 'process', 'people', 'беженцы', 'и', 'мигранты']);
  });
});

describe('vocabulary', () => {
  for (const lang of ['en', 'ru'] as const) {
    it(`${lang}: a frequent common term, and a rare term kept out of the pool`, () => {
      const v = vocabulary(demoText(demoStories, lang));
      expect(v.common.length).toBeGreaterThanOrEqual(6);
      expect(v.pool.filter((w) => w === v.common).length).toBeGreaterThanOrEqual(20);
      expect(v.pool).not.toContain(v.rare);
      expect(v.pool.length).toBeGreaterThan(2000);
      if (lang === 'ru') expect(v.common).toMatch(/^\p{Script=Cyrillic}+$/u);
    });
  }

  it('builds paragraphs of whole sentences near the asked length', () => {
    const v = vocabulary(demoText(demoStories, 'en'));
    const p = paragraph(rng(1), v, 40, 60);
    const n = p.split(' ').length;
    expect(n).toBeGreaterThanOrEqual(40);
    expect(n).toBeLessThan(60 + 22);
    expect(p).toMatch(/^[A-Z].*\.$/);
  });
});
