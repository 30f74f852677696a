import { describe, expect, it } from 'vitest';
import { entryType, revalidationPaths } from './entry-types';

describe('entry types', () => {
  it('names a story’s public page and its editor', () => {
    expect(entryType('story').publicPath('ru', 'novost')).toBe('/ru/news/novost');
    expect(entryType('story').editPath('en', 42)).toBe('/en/admin/stories/42');
    expect(entryType('story').editPath('en', 42, 'ru')).toBe('/en/admin/stories/42?lang=ru');
  });

  it('revalidates a story’s pages under every slug in both languages, the news lists and home, once each', () => {
    expect(revalidationPaths('story', ['old', 'new', 'old']).sort()).toEqual(
      ['/en', '/en/news', '/en/news/new', '/en/news/old', '/ru', '/ru/news', '/ru/news/new', '/ru/news/old'].sort(),
    );
  });
});
