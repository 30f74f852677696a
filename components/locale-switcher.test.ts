import { describe, expect, it } from 'vitest';
import { carriedQuery } from './locale-switcher';

describe('carriedQuery', () => {
  it('keeps the filters and search words, in their order and encoding', () => {
    expect(carriedQuery('?country=KZ&type=factsheet')).toBe('?country=KZ&type=factsheet');
    expect(carriedQuery('?q=%D0%BC%D0%B8%D0%B3%D1%80%D0%B0%D0%BD%D1%82')).toBe('?q=%D0%BC%D0%B8%D0%B3%D1%80%D0%B0%D0%BD%D1%82');
  });

  it('drops the page number: the other language has its own count of pages', () => {
    expect(carriedQuery('?page=4&year=2021')).toBe('?year=2021');
    expect(carriedQuery('?page=4')).toBe('');
  });

  it('adds nothing where there is no query', () => {
    expect(carriedQuery('')).toBe('');
    expect(carriedQuery('?')).toBe('');
  });
});
