import type { DbLike } from '../client';
import type { TranslationDraft } from '../mutations/stories';
import { insertStoryWithTranslations } from '../mutations/stories';
import type { RichTextDoc, RichTextNode } from '../schema';
import { parseLocalDateTime } from '@/lib/time';
import { demoCountries, demoDigests, demoEvents, demoPages, type DemoEntryText } from './demo-sections';
import type { DemoBlock } from './demo-stories';
import { blocksToDoc } from './seed';

type Ids = {
  images: ReadonlyMap<string, number>;
  documents: ReadonlyMap<string, number>;
  /** Demo story keys → entry ids (for story references). */
  stories: ReadonlyMap<string, number>;
  authorId: number | null;
};

/** When the demo sections went public: before the site opened, so every list shows them. */
const SECTIONS_PUBLISHED = new Date('2021-01-15T04:00:00Z');

/** A demo date in Almaty (`YYYY-MM-DD` for a whole day, else day and time), as an ISO instant. */
export function demoInstant(value: string): string {
  const date = parseLocalDateTime(/^\d{4}-\d{2}-\d{2}$/.test(value) ? `${value}T00:00` : value);
  if (!date) throw new Error(`Demo date ${value} is not a date`);
  return date.toISOString();
}

/** A body with story references and document blocks after the written blocks (links at the end). */
function bodyWith(blocks: DemoBlock[], key: string, ids: Ids, stories: string[] = [], documents: string[] = []): RichTextDoc {
  const doc = blocksToDoc([...blocks, ...documents.map((document): DemoBlock => ({ type: 'document', document }))], key, ids.images, ids.documents);
  const refs = stories.flatMap((storyKey, i): RichTextNode[] => {
    const entryId = ids.stories.get(storyKey);
    return entryId ? [{ type: 'storyRef', attrs: { id: `${key}-story-${i + 1}`, entryId } }] : [];
  });
  return { type: 'doc', content: [...doc.content, ...refs] };
}

function drafts(key: string, texts: Partial<Record<'en' | 'ru', DemoEntryText>>, body: (t: DemoEntryText, locale: 'en' | 'ru') => RichTextDoc, publishedAt = SECTIONS_PUBLISHED): TranslationDraft[] {
  return (['en', 'ru'] as const).flatMap((locale) => {
    const t = texts[locale];
    if (!t) return [];
    return [{ locale, title: t.title, slug: t.slug, summary: t.summary, body: body(t, locale), fields: t.fields ?? {}, status: t.status ?? 'published', publishedAt: t.status ? null : publishedAt }];
  });
}

const common = { kind: 'story' as const, topics: [], countries: [], note: 'Demo content' };

/** The demo's pages, events, countries and digests; returns how many of each. Call inside the seed's transaction. */
export function seedSections(db: DbLike, ids: Ids): { pages: number; events: number; countries: number; digests: number } {
  // Pages parents first, so each child can name its parent's id.
  const pageIds = new Map<string, number>();
  const pending = [...demoPages];
  while (pending.length > 0) {
    const index = pending.findIndex((p) => p.parentKey === null || pageIds.has(p.parentKey));
    if (index < 0) throw new Error(`Demo pages with missing parents: ${pending.map((p) => p.key).join(', ')}`);
    const [page] = pending.splice(index, 1);
    if (!page) break;
    const { storyId } = insertStoryWithTranslations(db, {
      ...common,
      type: 'page',
      details: { page: { section: 'almaty-process', parentId: page.parentKey === null ? null : (pageIds.get(page.parentKey) ?? null), position: page.position } },
      sourceLocale: 'en',
      authorId: ids.authorId,
      translations: drafts(page.key, page, (t) => blocksToDoc(t.body, page.key, ids.images, ids.documents)),
    });
    pageIds.set(page.key, storyId);
  }
  for (const event of demoEvents) {
    insertStoryWithTranslations(db, {
      ...common,
      type: 'event',
      details: {
        event: {
          startsAt: demoInstant(event.startsAt),
          endsAt: event.endsAt ? demoInstant(event.endsAt) : null,
          allDay: event.allDay,
          countryCode: event.countryCode,
          almatyProcess: event.almatyProcess,
        },
      },
      sourceLocale: 'en',
      authorId: ids.authorId,
      translations: drafts(event.key, event, (t) => bodyWith(t.body, event.key, ids, event.stories, event.documents)),
    });
  }
  for (const country of demoCountries) {
    insertStoryWithTranslations(db, {
      ...common,
      type: 'country',
      details: { country: { countryCode: country.code, membership: country.membership, hasMission: country.office, email: country.email, phone: country.phone } },
      sourceLocale: 'en',
      authorId: ids.authorId,
      translations: drafts(`country-${country.code}`, country, (t) => blocksToDoc(t.body, `country-${country.code}`, ids.images, ids.documents)),
    });
  }
  for (const digest of demoDigests) {
    const texts = Object.fromEntries(
      (['en', 'ru'] as const).flatMap((locale) => {
        const t = digest[locale];
        return t ? [[locale, { ...t, body: t.intro }]] : [];
      }),
    ) as Partial<Record<'en' | 'ru', DemoEntryText>>;
    insertStoryWithTranslations(db, {
      ...common,
      type: 'digest',
      details: { digest: { issueMonth: digest.month } },
      sourceLocale: 'en',
      authorId: ids.authorId,
      translations: drafts(
        digest.key,
        texts,
        (t, locale) => {
          // The issue: its introduction, then its items in order, each a story reference or a
          // short item (a heading and its text); the same block ids in both languages.
          const intro = blocksToDoc(t.body, `${digest.key}-intro`, ids.images, ids.documents).content;
          const items = digest.items.flatMap((item, i): RichTextNode[] => {
            const key = `${digest.key}-item-${i + 1}`;
            if (item.kind === 'story') {
              const entryId = ids.stories.get(item.story);
              return entryId ? [{ type: 'storyRef', attrs: { id: key, entryId } }] : [];
            }
            const heading = item.heading[locale] ?? item.heading.en;
            const blocks = item.body[locale] ?? item.body.en;
            return blocksToDoc([{ type: 'heading', text: heading }, ...blocks], key, ids.images, ids.documents).content;
          });
          return { type: 'doc', content: [...intro, ...items] };
        },
        new Date(digest.publishedAt),
      ),
    });
  }
  return { pages: demoPages.length, events: demoEvents.length, countries: demoCountries.length, digests: demoDigests.length };
}
