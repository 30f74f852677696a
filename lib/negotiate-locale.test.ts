import { describe, expect, it } from 'vitest';
import { negotiateLocale } from './negotiate-locale';

describe('negotiateLocale', () => {
  it('prefers the language cookie', () => {
    expect(negotiateLocale('ru', 'en-GB,en;q=0.9')).toBe('ru');
  });

  it('ignores a cookie that is not a supported language', () => {
    expect(negotiateLocale('de', 'ru-RU,ru;q=0.9')).toBe('ru');
  });

  it('takes the first supported language by q-value', () => {
    expect(negotiateLocale(undefined, 'kk;q=1, en;q=0.5, ru;q=0.8')).toBe('ru');
    expect(negotiateLocale(undefined, 'uz-UZ, ru-RU;q=0.9, en;q=0.9')).toBe('ru');
  });

  it('falls back to the default for nothing usable', () => {
    expect(negotiateLocale(undefined, null)).toBe('en');
    expect(negotiateLocale(undefined, 'kk, ru;q=0')).toBe('en');
    expect(negotiateLocale(undefined, ';;,,q=')).toBe('en');
  });
});
