import { describe, expect, it } from 'vitest';
import { newsListHref, parseNewsQuery } from './news-filters';

describe('news filters in the address', () => {
  it('keeps the filters that make sense and drops the rest', () => {
    expect(parseNewsQuery({ kind: 'press_release', country: 'KZ', topic: 'labour-migration', year: '2021' })).toEqual({ kind: 'press_release', country: 'KZ', topic: 'labour-migration', year: 2021 });
    expect(parseNewsQuery({ kind: 'poem', country: 'XX', topic: '<script>', year: '21x' })).toEqual({});
    expect(parseNewsQuery({ kind: ['story', 'press_release'], topic: 'a'.repeat(61) })).toEqual({ kind: 'story' });
  });

  it('writes the list’s address with the filters in a stable order, page last', () => {
    expect(newsListHref('/en/news', { year: 2021, kind: 'story', topic: 'covid-19', country: 'KG' }, 2)).toBe('/en/news?kind=story&country=KG&topic=covid-19&year=2021&page=2');
    expect(newsListHref('/ru/news', {}, 1)).toBe('/ru/news');
  });
});
