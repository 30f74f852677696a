import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import { getWorkingDigestBySlug, latestDigest, listLiveDigests, lookupDigestBySlug } from './digests';

let db: Db;
let cleanup: () => void;
beforeEach(() => ({ db, cleanup } = createTestDatabase()));
afterEach(() => cleanup());

const body = { type: 'doc' as const, content: [{ type: 'paragraph', content: [{ type: 'text', text: 'This month.' }] }] };

function draft(locale: 'en' | 'ru', title: string, slug: string, status: 'published' | 'draft' | 'scheduled' = 'published'): TranslationDraft {
  const publishedAt = status === 'draft' ? null : status === 'scheduled' ? new Date(Date.now() + 86_400_000) : new Date('2026-01-01T00:00:00Z');
  return { locale, title, slug, summary: `${title} summary`, body, status, publishedAt };
}

function digest(issueMonth: string, ...translations: TranslationDraft[]) {
  return insertStoryWithTranslations(db, { type: 'digest', details: { digest: { issueMonth } }, kind: 'story', sourceLocale: translations[0]!.locale, topics: [], countries: [], authorId: null, translations }).storyId;
}

describe('digests', () => {
  it('lists the issues live in a language, the newest month first, whatever order they went out in', () => {
    digest('2021-05', draft('en', 'May 2021', 'may-2021'), draft('ru', 'Май 2021', 'mai-2021'));
    digest('2021-12', draft('en', 'December 2021', 'december-2021'));
    digest('2020-11', draft('en', 'November 2020', 'november-2020'), draft('ru', 'Ноябрь 2020', 'noyabr-2020'));
    digest('2022-01', draft('en', 'January 2022 (draft)', 'january-2022', 'draft'));
    digest('2022-02', draft('en', 'February 2022 (scheduled)', 'february-2022', 'scheduled'));
    expect(listLiveDigests('en').map((d) => [d.issueMonth, d.title])).toEqual([
      ['2021-12', 'December 2021'],
      ['2021-05', 'May 2021'],
      ['2020-11', 'November 2020'],
    ]);
    expect(listLiveDigests('ru').map((d) => d.title)).toEqual(['Май 2021', 'Ноябрь 2020']);
    expect(listLiveDigests('en')[0]).toEqual({ id: expect.any(Number), title: 'December 2021', slug: 'december-2021', summary: 'December 2021 summary', issueMonth: '2021-12' });
  });

  it('takes the latest issue of a language by the month it covers, skipping what is not live in it', () => {
    expect(latestDigest('en')).toBeNull();
    digest('2021-05', draft('en', 'May', 'may'), draft('ru', 'Май', 'mai'));
    digest('2021-06', draft('en', 'June', 'june'), draft('ru', 'Июнь', 'iyun', 'draft'));
    digest('2021-07', draft('en', 'July (draft)', 'july', 'draft'));
    expect(latestDigest('en')?.title).toBe('June');
    expect(latestDigest('ru')).toMatchObject({ title: 'Май', issueMonth: '2021-05' });
  });

  it('finds an issue by slug with its body and languages, redirects the other language’s slug, and says when it is untranslated', () => {
    const id = digest('2021-05', draft('en', 'May', 'may'), draft('ru', 'Май', 'mai'));
    digest('2021-06', draft('en', 'June', 'june'));
    const found = lookupDigestBySlug('ru', 'mai');
    expect(found.kind === 'found' && found.digest).toMatchObject({ id, locale: 'ru', title: 'Май', issueMonth: '2021-05', alternates: { en: 'may', ru: 'mai' } });
    expect(found.kind === 'found' && found.digest.body.content[0]).toMatchObject({ type: 'paragraph' });
    expect(lookupDigestBySlug('ru', 'may')).toEqual({ kind: 'redirect', entryId: expect.any(Number), slug: 'mai' });
    expect(lookupDigestBySlug('ru', 'june')).toMatchObject({ kind: 'untranslated', available: { locale: 'en', slug: 'june', title: 'June' } });
    expect(lookupDigestBySlug('en', 'nothing')).toEqual({ kind: 'missing' });
  });

  it('finds no draft by slug, nor a story of the same address; a working copy only for previews', () => {
    digest('2021-08', draft('en', 'August', 'august', 'draft'));
    insertStoryWithTranslations(db, { kind: 'story', sourceLocale: 'en', topics: [], countries: [], authorId: null, translations: [draft('en', 'A story', 'a-story')] });
    expect(lookupDigestBySlug('en', 'august')).toEqual({ kind: 'missing' });
    expect(lookupDigestBySlug('en', 'a-story')).toEqual({ kind: 'missing' });
    expect(getWorkingDigestBySlug('en', 'august')).toMatchObject({ title: 'August', issueMonth: '2021-08', alternates: {} });
    expect(getWorkingDigestBySlug('en', 'a-story')).toBeNull();
  });
});
