import { describe, expect, it } from 'vitest';
import { entryType } from '@/lib/entry-types';
import { isValidSlug, slugify } from '@/lib/slug';
import { parseLocalDateTime } from '@/lib/time';
import { demoDocuments } from './demo-documents';
import { demoImages } from './demo-media';
import { demoCountries, demoDigests, demoEvents, demoPages, type DemoEntryText } from './demo-sections';
import { demoStories, type DemoBlock } from './demo-stories';

type Locale = 'en' | 'ru';
type Text = Omit<DemoEntryText, 'body'> & { body: DemoBlock[] };
/** Every translated text of the demo sections, with what it belongs to. */
type Entry = { type: 'page' | 'event' | 'country' | 'digest'; key: string; en: Text; ru?: Text };

const entries: Entry[] = [
  ...demoPages.map((page): Entry => ({ type: 'page', key: page.key, en: page.en, ru: page.ru })),
  ...demoEvents.map((event): Entry => ({ type: 'event', key: event.key, en: event.en, ru: event.ru })),
  ...demoCountries.map((country): Entry => ({ type: 'country', key: country.code, en: country.en, ru: country.ru })),
  ...demoDigests.map(
    (digest): Entry => ({
      type: 'digest',
      key: digest.key,
      en: { ...digest.en, body: digest.en.intro },
      ru: digest.ru && { ...digest.ru, body: digest.ru.intro },
    }),
  ),
];

function texts(locale: Locale): { entry: Entry; text: Text }[] {
  return entries.flatMap((entry) => (entry[locale] ? [{ entry, text: entry[locale] }] : []));
}

/** Every block of the demo sections: bodies, digest introductions and digest items. */
function allBlocks(): { where: string; block: DemoBlock }[] {
  const out: { where: string; block: DemoBlock }[] = [];
  for (const entry of entries)
    for (const locale of ['en', 'ru'] as const) for (const block of entry[locale]?.body ?? []) out.push({ where: `${entry.key}/${locale}`, block });
  for (const digest of demoDigests)
    for (const [i, item] of digest.items.entries())
      if (item.kind === 'item')
        for (const block of [...item.body.en, ...(item.body.ru ?? [])]) out.push({ where: `${digest.key} item ${i + 1}`, block });
  return out;
}

function blockText(block: DemoBlock): string[] {
  if (block.type === 'list') return block.items;
  if (block.type === 'image' || block.type === 'document') return [];
  return [block.text];
}

const CYRILLIC = /[\u0400-\u04FF]/;

describe('demo sections: references', () => {
  it('name only demo stories, documents and images that exist', () => {
    const stories = new Set(demoStories.map((s) => s.key));
    const documents = new Set(demoDocuments.map((d) => d.key));
    const images = new Set(demoImages.map((m) => m.key));
    for (const { where, block } of allBlocks()) {
      if (block.type === 'image') expect(images.has(block.image), `${where}: image ${block.image}`).toBe(true);
      if (block.type === 'document') expect(documents.has(block.document), `${where}: document ${block.document}`).toBe(true);
    }
    for (const event of demoEvents) {
      for (const key of event.stories) expect(stories.has(key), `${event.key}: story ${key}`).toBe(true);
      for (const key of event.documents) expect(documents.has(key), `${event.key}: document ${key}`).toBe(true);
    }
    for (const digest of demoDigests)
      for (const item of digest.items) if (item.kind === 'story') expect(stories.has(item.story), `${digest.key}: story ${item.story}`).toBe(true);
  });

  it('keep each kind’s keys unique, one profile per country', () => {
    for (const keys of [demoPages.map((p) => p.key), demoEvents.map((e) => e.key), demoCountries.map((c) => c.code), demoDigests.map((d) => d.key)])
      expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('demo sections: slugs', () => {
  for (const locale of ['en', 'ru'] as const) {
    it(`are valid and unique in ${locale}, and clash with no demo story`, () => {
      const seen = new Map<string, string>();
      for (const story of demoStories) {
        const title = story[locale]?.title;
        if (title) seen.set(slugify(title), `story ${story.key}`);
      }
      for (const { entry, text } of texts(locale)) {
        expect(isValidSlug(text.slug), `${entry.key}: ${text.slug}`).toBe(true);
        expect(seen.get(text.slug), `${entry.key}: ${text.slug}`).toBeUndefined();
        seen.set(text.slug, entry.key);
      }
    });
  }

  it('of pages avoid the section’s fixed addresses', () => {
    const reserved = entryType('page').reservedSlugs ?? [];
    for (const { entry, text } of [...texts('en'), ...texts('ru')]) if (entry.type === 'page') expect(reserved).not.toContain(text.slug);
  });
});

describe('demo sections: pages', () => {
  it('have existing parents and form no cycle', () => {
    const byKey = new Map(demoPages.map((p) => [p.key, p]));
    for (const page of demoPages) {
      const path = new Set<string>([page.key]);
      let parent = page.parentKey;
      while (parent !== null) {
        const next = byKey.get(parent);
        expect(next, `${page.key}: parent ${parent}`).toBeDefined();
        expect(path.has(parent), `${page.key}: cycle through ${parent}`).toBe(false);
        path.add(parent);
        parent = next?.parentKey ?? null;
      }
    }
  });

  it('take distinct positions among their siblings, the Almaty Process first', () => {
    const siblings = new Map<string | null, number[]>();
    for (const page of demoPages) siblings.set(page.parentKey, [...(siblings.get(page.parentKey) ?? []), page.position]);
    for (const [parent, positions] of siblings) expect(new Set(positions).size, `children of ${parent}`).toBe(positions.length);
    expect(demoPages.find((p) => p.parentKey === null && p.position === 0)?.key).toBe('almaty-process');
  });

  it('give the FAQ six to eight questions, each a heading and its answer', () => {
    const faq = demoPages.find((p) => p.key === 'almaty-process-faq');
    for (const text of [faq?.en, faq?.ru]) {
      const body = text?.body ?? [];
      expect(body.filter((b) => b.type === 'heading').length).toBeGreaterThanOrEqual(6);
      expect(body.filter((b) => b.type === 'heading').length).toBeLessThanOrEqual(8);
      body.forEach((block, i) => expect(block.type).toBe(i % 2 === 0 ? 'heading' : 'paragraph'));
    }
  });
});

describe('demo sections: texts', () => {
  it('have summaries of one or two sentences under 300 characters', () => {
    for (const { entry, text } of [...texts('en'), ...texts('ru')]) {
      expect(text.summary.length, `${entry.key}: ${text.summary}`).toBeGreaterThan(0);
      expect(text.summary.length, `${entry.key}: ${text.summary}`).toBeLessThan(300);
    }
  });

  it('in Russian are written in Russian', () => {
    for (const { entry, text } of texts('ru')) {
      expect(text.title, entry.key).toMatch(CYRILLIC);
      expect(text.summary, entry.key).toMatch(CYRILLIC);
      for (const block of text.body) for (const t of blockText(block)) expect(t, entry.key).toMatch(CYRILLIC);
      for (const [name, value] of Object.entries(text.fields ?? {})) if (value) expect(value, `${entry.key}.${name}`).toMatch(CYRILLIC);
    }
    for (const digest of demoDigests)
      for (const item of digest.items) {
        if (item.kind !== 'item') continue;
        if (item.heading.ru) expect(item.heading.ru).toMatch(CYRILLIC);
        for (const block of item.body.ru ?? []) for (const t of blockText(block)) expect(t, digest.key).toMatch(CYRILLIC);
      }
  });

  it('keep the same blocks in the same order in both languages, so block ids align', () => {
    for (const entry of entries) {
      if (!entry.ru) continue;
      expect(entry.ru.body.map((b) => b.type), entry.key).toEqual(entry.en.body.map((b) => b.type));
      expect(entry.ru.body.map((b) => (b.type === 'list' ? b.items.length : 0)), entry.key).toEqual(entry.en.body.map((b) => (b.type === 'list' ? b.items.length : 0)));
    }
  });

  it('leave a few entries untranslated and one Russian translation in review', () => {
    const englishOnly = entries.filter((e) => !e.ru);
    expect(englishOnly.length).toBeGreaterThanOrEqual(2);
    expect(englishOnly.length).toBeLessThanOrEqual(3);
    expect(texts('ru').filter(({ text }) => text.status === 'in_review')).toHaveLength(1);
    expect(texts('en').filter(({ text }) => text.status)).toHaveLength(0);
  });
});

describe('demo sections: events', () => {
  it('have dates that parse, in the form their all-day flag calls for, ending no earlier than they start', () => {
    for (const event of demoEvents) {
      const form = event.allDay ? /^\d{4}-\d{2}-\d{2}$/ : /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}$/;
      const instant = (v: string) => parseLocalDateTime(event.allDay ? `${v}T00:00` : v);
      expect(event.startsAt, event.key).toMatch(form);
      const start = instant(event.startsAt);
      expect(start, event.key).not.toBeNull();
      if (event.endsAt !== null) {
        expect(event.endsAt, event.key).toMatch(form);
        const end = instant(event.endsAt);
        expect(end, event.key).not.toBeNull();
        expect(end!.getTime(), event.key).toBeGreaterThanOrEqual(start!.getTime());
      }
    }
  });

  it('include past meetings and at least two still to come (the demo is seeded in late 2026)', () => {
    const starts = demoEvents.map((e) => e.startsAt.slice(0, 10));
    expect(starts.filter((d) => d >= '2027-01-01').length).toBeGreaterThanOrEqual(2);
    expect(starts.filter((d) => d < '2026-01-01').length).toBeGreaterThanOrEqual(4);
    expect(demoEvents.some((e) => e.almatyProcess && e.startsAt >= '2027')).toBe(true);
  });

  it('name a venue and participants in every language', () => {
    for (const event of demoEvents)
      for (const text of [event.en, event.ru]) if (text) expect(text.fields.venue && text.fields.participants, event.key).toBeTruthy();
  });
});

describe('demo sections: countries', () => {
  it('give the five Central Asian missions an e-mail and a city, and no invented phone or street', () => {
    const email = /^[^\s@,]+@[^\s@,]+\.[a-z]+$/;
    for (const country of demoCountries) {
      expect(country.phone, country.code).toBe('');
      expect(country.office, country.code).toBe(['KZ', 'KG', 'TJ', 'TM', 'UZ'].includes(country.code));
      for (const text of [country.en, country.ru]) {
        if (!text) continue;
        if (country.office) {
          expect(country.email, country.code).toMatch(email);
          expect(text.fields.missionName, country.code).not.toBe('');
          // "City, Country": no street or number.
          expect(text.fields.missionAddress, country.code).toMatch(/^[^\d,]+, [^\d,]+$/);
        } else {
          expect(country.email, country.code).toBe('');
          expect(text.fields).toEqual({ missionName: '', missionAddress: '' });
        }
      }
    }
  });

  it('follow the references for membership of the Almaty Process', () => {
    const membership = Object.fromEntries(demoCountries.map((c) => [c.code, c.membership]));
    for (const code of ['AF', 'AZ', 'KZ', 'KG', 'TJ', 'TR']) expect(membership[code], code).toBe('member');
    for (const code of ['PK', 'TM']) expect(membership[code], code).toBe('observer');
    expect(membership.UZ).toBe('invited');
  });
});

describe('demo sections: digests', () => {
  it('are monthly issues published after their month, each with items', () => {
    for (const digest of demoDigests) {
      expect(digest.month, digest.key).toMatch(/^\d{4}-(0[1-9]|1[0-2])$/);
      const published = new Date(digest.publishedAt);
      expect(Number.isNaN(published.getTime()), digest.key).toBe(false);
      expect(digest.publishedAt, digest.key).toMatch(/Z$/);
      expect(published.toISOString().slice(0, 7) > digest.month, digest.key).toBe(true);
      expect(digest.items.length, digest.key).toBeGreaterThan(0);
      // A short item has its text in each language the issue has.
      for (const item of digest.items)
        if (item.kind === 'item' && digest.ru) expect(Boolean(item.heading.ru && item.body.ru), digest.key).toBe(true);
    }
    expect(new Set(demoDigests.map((d) => d.month)).size).toBe(demoDigests.length);
  });
});
