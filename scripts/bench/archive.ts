// The benchmark's archive: a fresh database (migrated and seeded with the demo, as `npm start`
// does, so it has the accounts, five images and nine documents), then `count` synthetic
// bilingual stories written with the app's own mutation (insertStoryWithTranslations), in
// batched transactions, all published, oldest first like a real archive.
import { rmSync } from 'node:fs';
import path from 'node:path';
import { asc, eq, isNotNull } from 'drizzle-orm';
import { openDatabase, type Db } from '@/db/client';
import { insertStoryWithTranslations, type TranslationDraft } from '@/db/mutations/stories';
import { demoStories } from '@/db/seed/demo-stories';
import { documentTranslations, media, users, type ContentLocale, type RichTextDoc, type RichTextNode } from '@/db/schema';
import { parseEnv } from '@/lib/env';
import { currentDocumentFileUrl } from '@/lib/documents/urls';
import { text } from '@/lib/rich-text';
import { slugify } from '@/lib/slug';
import { prepareDatabase } from '../prepare';
import { between, demoText, paragraph, phrase, pick, rng, sentence, vocabulary, type Lang, type Vocabulary } from './text';

export const BENCH_PASSWORD = 'bench-demo-password-42';

export type Site = { dir: string; databasePath: string; uploadsDir: string };

export type ArchiveInfo = {
  stories: number;
  translations: number;
  seconds: number;
  terms: Record<Lang, { common: string; rare: string }>;
  /** A story in the middle of the archive, with images, by its slug in each language. */
  sampleSlugs: Record<Lang, string>;
};

const COUNTRIES = ['KZ', 'KG', 'TJ', 'TM', 'UZ', 'AF', 'AZ', 'TR', 'IR', 'PK'];
const TOPICS = ['almaty-process', 'statelessness', 'labour-migration', 'counter-trafficking', 'covid-19', 'border-health', 'reintegration', 'refugee-protection'];
const PLACES: [string, string][] = [
  ['Almaty', 'Алматы'],
  ['Astana', 'Астана'],
  ['Bishkek', 'Бишкек'],
  ['Dushanbe', 'Душанбе'],
  ['Ashgabat', 'Ашхабад'],
  ['Tashkent', 'Ташкент'],
];
const BATCH = 500;
/** One story in this many carries the rare term (in both languages). */
export const RARE_EVERY = 1000;

/** Fresh site folder: the demo (accounts, images, documents), nothing else yet. */
export async function freshSite(dir: string): Promise<Site> {
  rmSync(dir, { recursive: true, force: true });
  const site = { dir, databasePath: path.join(dir, 'newsroom.db'), uploadsDir: path.join(dir, 'uploads') };
  const log = console.log;
  console.log = () => {}; // prepareDatabase prints the demo logins; the bench has no use for them.
  try {
    await prepareDatabase(parseEnv({ DATABASE_PATH: site.databasePath, UPLOADS_DIR: site.uploadsDir, DEMO_PASSWORD: BENCH_PASSWORD }));
  } finally {
    console.log = log;
  }
  return site;
}

type Assets = { mediaIds: number[]; documents: { id: number; locale: ContentLocale }[]; authorId: number | null };

function assets(db: Db): Assets {
  const mediaIds = db.select({ id: media.id }).from(media).orderBy(asc(media.id)).all().map((m) => m.id);
  const documents = db
    .select({ id: documentTranslations.documentId, locale: documentTranslations.locale })
    .from(documentTranslations)
    .where(isNotNull(documentTranslations.fileSha256))
    .all();
  const editor = db.select({ id: users.id }).from(users).where(eq(users.role, 'editor')).get();
  return { mediaIds, documents, authorId: editor?.id ?? null };
}

type Plan = { n: number; heroMediaId: number | null; bodyMediaId: number | null; imageAt: number; headings: Set<number>; paragraphs: number; quoteAt: number; listAt: number; docAt: number; document: { id: number; locale: ContentLocale } | null; rare: boolean };

/** What both languages of story `n` share: where the blocks go (so they align block by block) and which images. */
function planStory(random: () => number, n: number, a: Assets): Plan {
  const paragraphs = between(random, 6, 12);
  const headings = new Set<number>();
  for (let i = 3; i < paragraphs - 1; i += between(random, 3, 4)) headings.add(i);
  const withDoc = a.documents.length > 0 && random() < 0.15;
  return {
    n,
    heroMediaId: a.mediaIds.length > 0 && random() < 0.85 ? pick(random, a.mediaIds) : null,
    bodyMediaId: a.mediaIds.length > 0 && random() < 0.6 ? pick(random, a.mediaIds) : null,
    imageAt: between(random, 2, Math.min(4, paragraphs - 1)),
    headings,
    paragraphs,
    quoteAt: random() < 0.4 ? between(random, 1, paragraphs - 1) : -1,
    listAt: random() < 0.2 ? between(random, 2, paragraphs - 1) : -1,
    docAt: withDoc ? between(random, 1, paragraphs - 1) : -1,
    document: withDoc ? pick(random, a.documents) : null,
    rare: n % RARE_EVERY === RARE_EVERY / 2,
  };
}

function body(random: () => number, vocab: Vocabulary, plan: Plan, lang: Lang, labels: Labels): RichTextDoc {
  const blocks: RichTextNode[] = [];
  const id = (k: string) => ({ id: `b${plan.n}-${k}` });
  for (let i = 0; i < plan.paragraphs; i++) {
    if (plan.headings.has(i)) blocks.push({ type: 'heading', attrs: { ...id(`h${i}`), level: 2 }, content: text(phrase(random, vocab, 3, 7)) });
    if (i === plan.imageAt && plan.bodyMediaId) blocks.push({ type: 'image', attrs: { ...id('img'), mediaId: plan.bodyMediaId } });
    if (i === plan.quoteAt) blocks.push({ type: 'blockquote', attrs: id('q'), content: [{ type: 'paragraph', content: text(`“${sentence(random, vocab, 15, 30)}”`) }] });
    if (i === plan.listAt) {
      blocks.push({
        type: 'bulletList',
        attrs: id('l'),
        content: Array.from({ length: between(random, 3, 5) }, () => ({ type: 'listItem', content: [{ type: 'paragraph', content: text(sentence(random, vocab, 5, 12)) }] })),
      });
    }
    let content = text(paragraph(random, vocab));
    if (plan.rare && i === 1) content = text(`${paragraph(random, vocab, 20, 40)} ${vocab.rare} ${paragraph(random, vocab, 20, 40)}`);
    if (i === plan.docAt && plan.document) {
      content = [...content, { type: 'text', text: ' ' }, { type: 'text', text: labels.document, marks: [{ type: 'link', attrs: { href: currentDocumentFileUrl(plan.document.id, plan.document.locale) } }] }, { type: 'text', text: '.' }];
    }
    blocks.push({ type: 'paragraph', attrs: id(`p${i}`), content });
  }
  return { type: 'doc', content: blocks };
}

type Labels = { document: string };
const LABELS: Record<Lang, Labels> = { en: { document: 'Read the full document (PDF)' }, ru: { document: 'Полный текст документа (PDF)' } };

/**
 * Writes `count` bilingual stories (both languages published) into the site's database, with the
 * app's insertStoryWithTranslations, BATCH stories per transaction. Publication dates run from
 * about fifteen years ago to an hour ago, in id order.
 */
export function generateArchive(site: Site, count: number, seed = 7): ArchiveInfo {
  const started = performance.now();
  const random = rng(seed);
  const vocab = { en: vocabulary(demoText(demoStories, 'en')), ru: vocabulary(demoText(demoStories, 'ru')) };
  const db = openDatabase(site.databasePath);
  try {
    const a = assets(db);
    const now = Date.now() - 3600_000;
    const span = 15 * 365 * 24 * 3600_000;
    const step = span / Math.max(1, count);
    const sample = Math.floor(count / 2);
    const sampleSlugs: Partial<Record<Lang, string>> = {};
    for (let from = 0; from < count; from += BATCH) {
      db.transaction((tx) => {
        for (let n = from; n < Math.min(count, from + BATCH); n++) {
          let plan = planStory(random, n, a);
          // The sample story (the one the story-page rows measure) has both a hero and a body image.
          if (n === sample && a.mediaIds.length > 0) plan = { ...plan, heroMediaId: plan.heroMediaId ?? a.mediaIds[0]!, bodyMediaId: plan.bodyMediaId ?? a.mediaIds[1 % a.mediaIds.length]! };
          const publishedAt = new Date(now - span + Math.round(n * step) + between(random, 0, 600_000));
          const place = pick(random, PLACES);
          const drafts: TranslationDraft[] = (['en', 'ru'] as const).map((lang) => {
            const title = phrase(random, vocab[lang], 6, 12);
            return {
              locale: lang,
              title,
              slug: `${slugify(title).slice(0, 60).replace(/-+$/, '')}-${n + 1}`,
              summary: sentence(random, vocab[lang], 20, 35),
              body: body(random, vocab[lang], plan, lang, LABELS[lang]),
              dateline: lang === 'en' ? place[0] : place[1],
              status: 'published',
              publishedAt,
            };
          });
          const sourceLocale = random() < 0.7 ? 'en' : 'ru';
          insertStoryWithTranslations(tx, {
            kind: random() < 0.8 ? 'story' : 'press_release',
            sourceLocale,
            topics: [pick(random, TOPICS), pick(random, TOPICS)].filter((t, i, all) => all.indexOf(t) === i),
            countries: [pick(random, COUNTRIES), pick(random, COUNTRIES)],
            heroMediaId: plan.heroMediaId,
            authorId: a.authorId,
            translations: drafts,
            note: 'Benchmark archive',
          });
          if (n === sample) for (const d of drafts) sampleSlugs[d.locale] = d.slug!;
        }
      });
    }
    const translations = db.$client.prepare('select count(*) as n from translation_publications').get() as { n: number };
    return {
      stories: count,
      translations: translations.n,
      seconds: (performance.now() - started) / 1000,
      terms: { en: { common: vocab.en.common, rare: vocab.en.rare }, ru: { common: vocab.ru.common, rare: vocab.ru.rare } },
      sampleSlugs: sampleSlugs as Record<Lang, string>,
    };
  } finally {
    db.$client.pragma('wal_checkpoint(TRUNCATE)');
    db.$client.close();
  }
}
