import { describe, expect, it } from 'vitest';
import { entryType, revalidationPaths, sectionPagePath } from './entry-types';

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

describe('pages', () => {
  it('live under their section, the front page at the section’s own address', () => {
    expect(entryType('page').publicPath('en', 'members')).toBe('/en/almaty-process/members');
    expect(sectionPagePath('almaty-process', 'ru', { slug: 'chleny', isFront: false })).toBe('/ru/almaty-process/chleny');
    expect(sectionPagePath('almaty-process', 'ru', { slug: 'almatinskiy-protsess', isFront: true })).toBe('/ru/almaty-process');
    expect(entryType('page').editPath('ru', 7, 'en')).toBe('/ru/admin/pages/7?lang=en');
  });

  it('revalidate the page under each slug, the section’s front page, and every page of the section (their navigation)', () => {
    expect(revalidationPaths('page', ['members']).sort()).toEqual(['/en/almaty-process', '/en/almaty-process/members', '/ru/almaty-process', '/ru/almaty-process/members'].sort());
    expect(entryType('page').routePatterns).toEqual(['/[locale]/(public)/almaty-process/[slug]']);
  });
});
