import { describe, expect, it } from 'vitest';
import { isValidSlug, MAX_SLUG_LENGTH, slugify, transliterate } from './slug';

describe('slugify', () => {
  it('turns a Russian title into a readable Latin slug', () => {
    expect(slugify('Мигранты в Кыргызстане и Таджикистане')).toBe('migranty-v-kyrgyzstane-i-tadzhikistane');
    expect(slugify('Щедрый подъём: объявления')).toBe('shchedryy-podem-obyavleniya');
  });

  it('keeps English words and digits, drops punctuation and apostrophes', () => {
    expect(slugify('Tajikistan’s new strategy — until 2030!')).toBe('tajikistans-new-strategy-until-2030');
    expect(slugify("  IOM & UNHCR's   report  ")).toBe('iom-and-unhcrs-report');
    expect(slugify('#IBelong')).toBe('ibelong');
  });

  it('transliterates the Central Asian Cyrillic letters of place names', () => {
    expect(transliterate('Қарағанды')).toBe('karagandy');
    expect(slugify('Ҷумҳурии Тоҷикистон')).toBe('jumhurii-tojikiston');
  });

  it('cuts long titles at a word boundary within the limit', () => {
    const slug = slugify('word '.repeat(40));
    expect(slug.length).toBeLessThanOrEqual(MAX_SLUG_LENGTH);
    expect(slug.endsWith('-')).toBe(false);
    expect(isValidSlug(slug)).toBe(true);
  });

  it('returns an empty string when nothing sluggable remains', () => {
    expect(slugify('«» — !!!')).toBe('');
  });
});

describe('isValidSlug', () => {
  it('accepts lowercase Latin words joined by single hyphens only', () => {
    expect(isValidSlug('almaty-process-2021')).toBe(true);
    for (const bad of ['', 'Almaty', 'a--b', '-a', 'a-', 'алматы', 'a b', 'a/b', 'x'.repeat(MAX_SLUG_LENGTH + 1)]) {
      expect(isValidSlug(bad), bad).toBe(false);
    }
  });
});
