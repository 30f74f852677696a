import { count, eq } from 'drizzle-orm';
import type { Db, DbLike } from '../client';
import { insertAuditEntry } from '../mutations/audit';
import { insertDocument, isDocumentFileUsed, type CheckedFile } from '../mutations/documents';
import { insertMedia } from '../mutations/media';
import { insertStoryWithTranslations, type TranslationDraft } from '../mutations/stories';
import { glossaryTerms, media, entries, users, type RichTextDoc, type RichTextNode, type Role } from '../schema';
import { documentFileKey, inspectPdf } from '@/lib/documents/pdf';
import { processImage, variantKey } from '@/lib/media/image';
import { hashPassword } from '@/lib/password';
import type { Storage } from '@/lib/storage';
import { text } from '@/lib/rich-text';
import { demoDocumentFields, demoDocuments, renderDemoDocument } from './demo-documents';
import { demoImages, renderDemoImage } from './demo-media';
import { demoStories, type DemoBlock, type DemoStory, type DemoTranslation } from './demo-stories';
import { seedSections } from './seed-sections';

/** Approved terms of the region's refugee and migration vocabulary. */
export const DEMO_GLOSSARY = [
  { en: 'stateless person', ru: 'лицо без гражданства', note: 'Not «апатрид» in public texts.' },
  { en: 'Almaty Process', ru: 'Алматинский процесс', note: '' },
  { en: 'IOM', ru: 'МОМ', note: 'International Organization for Migration' },
  { en: 'UNHCR', ru: 'УВКБ ООН', note: '' },
  { en: 'trafficking in persons', ru: 'торговля людьми', note: '' },
  { en: 'returnee', ru: 'вернувшийся мигрант', note: '' },
  { en: 'mixed movements', ru: 'смешанные миграционные потоки', note: '' },
];

export const DEMO_ACCOUNTS: { email: string; name: string; role: Role }[] = [
  { email: 'admin@example.org', name: 'Aigerim Admin', role: 'admin' },
  { email: 'editor@example.org', name: 'Daniyar Editor', role: 'editor' },
  { email: 'translator@example.org', name: 'Olga Translator', role: 'translator' },
];

/** True when the database holds no users and no stories: the only state seeding may touch. */
export function isEmptyDatabase(db: DbLike): boolean {
  const u = db.select({ n: count() }).from(users).get()?.n ?? 0;
  const s = db.select({ n: count() }).from(entries).get()?.n ?? 0;
  return u === 0 && s === 0;
}

/**
 * A demo body as stored. `images` maps demo image keys to media ids and `documents` demo document
 * keys to document ids; an image or document block whose asset was not stored (a seed without
 * uploads storage) is left out.
 */
export function blocksToDoc(
  blocks: DemoBlock[],
  storyKey: string,
  images: ReadonlyMap<string, number> = new Map(),
  documents: ReadonlyMap<string, number> = new Map(),
): RichTextDoc {
  return {
    type: 'doc',
    content: blocks.flatMap((block, i): RichTextNode[] => {
      // Deterministic ids, so both locales of a demo story align block by block.
      const attrs = { id: `${storyKey}-${i + 1}` };
      if (block.type === 'image') {
        const mediaId = images.get(block.image);
        return mediaId ? [{ type: 'image', attrs: { ...attrs, mediaId } }] : [];
      }
      if (block.type === 'document') {
        const documentId = documents.get(block.document);
        return documentId ? [{ type: 'document', attrs: { ...attrs, documentId } }] : [];
      }
      return [toNode(block, attrs)];
    }),
  };
}

function toNode(block: Exclude<DemoBlock, { type: 'image' } | { type: 'document' }>, attrs: { id: string }): RichTextNode {
  switch (block.type) {
    case 'heading':
      return { type: 'heading', attrs: { ...attrs, level: 2 }, content: text(block.text) };
    case 'quote':
      return { type: 'blockquote', attrs, content: [{ type: 'paragraph', content: text(block.text) }] };
    case 'list':
      return {
        type: 'bulletList',
        attrs,
        content: block.items.map((item) => ({ type: 'listItem', content: [{ type: 'paragraph', content: text(item) }] })),
      };
    default:
      return { type: 'paragraph', attrs, content: text(block.text) };
  }
}

function toDraft(story: DemoStory, locale: 'en' | 'ru', t: DemoTranslation, images: ReadonlyMap<string, number>, documents: ReadonlyMap<string, number>): TranslationDraft {
  return {
    locale,
    title: t.title,
    summary: t.summary,
    body: blocksToDoc(t.body, story.key, images, documents),
    dateline: locale === 'ru' ? story.placeRu : story.place,
    status: t.status ?? 'published',
    publishedAt: t.status ? null : new Date(story.publishedAt),
  };
}

export type SeedResult = { seeded: false } | { seeded: true; stories: number; images: number; documents: number; accounts: typeof DEMO_ACCOUNTS };

type PreparedImage = { image: (typeof demoImages)[number]; processed: Extract<Awaited<ReturnType<typeof processImage>>, { ok: true }>['image'] };

/** Draws the demo images and stores their variants; the rows come later, in the seed's transaction. */
async function storeDemoImages(storage: Storage): Promise<PreparedImage[]> {
  return Promise.all(
    demoImages.map(async (image) => {
      const result = await processImage(await renderDemoImage(image));
      if (!result.ok) throw new Error(`Demo image ${image.key}: ${result.error}`);
      for (const v of result.image.variants) await storage.put(variantKey(result.image.sha256, v.width), v.data);
      return { image, processed: result.image };
    }),
  );
}

type PreparedDocument = { document: (typeof demoDocuments)[number]; files: Partial<Record<'en' | 'ru', CheckedFile>> };

/** Writes the demo documents' PDFs and stores them; the rows come later, in the seed's transaction. */
async function storeDemoDocuments(storage: Storage): Promise<PreparedDocument[]> {
  const prepared: PreparedDocument[] = [];
  for (const document of demoDocuments) {
    const files: PreparedDocument['files'] = {};
    for (const locale of document.files) {
      const data = renderDemoDocument(document, locale);
      const result = inspectPdf(data, { maxBytes: Number.MAX_SAFE_INTEGER });
      if (!result.ok) throw new Error(`Demo document ${document.key} (${locale}): ${result.error}`);
      await storage.put(documentFileKey(result.pdf.sha256), data);
      files[locale] = { ...result.pdf, originalName: `${document.key}-${locale}.pdf`, data };
    }
    prepared.push({ document, files });
  }
  return prepared;
}

/**
 * Fills an empty database with the bilingual demo. Never runs against a database with content:
 * it checks inside the same transaction that writes.
 */
export async function seedDemo(db: Db, password: string, storage?: Storage): Promise<SeedResult> {
  const passwordHash = await hashPassword(password);
  // Images are drawn and stored before the (synchronous) transaction; without a storage, none.
  const images = storage && isEmptyDatabase(db) ? await storeDemoImages(storage) : [];
  const docs = storage && isEmptyDatabase(db) ? await storeDemoDocuments(storage) : [];
  const result = db.transaction((tx): SeedResult => {
    if (!isEmptyDatabase(tx)) return { seeded: false } as const;
    const ids = DEMO_ACCOUNTS.map(
      (account) =>
        tx
          .insert(users)
          .values({ ...account, passwordHash, preferredLocale: account.role === 'translator' ? 'ru' : 'en' })
          .returning({ id: users.id })
          .get().id,
    );
    const editorId = ids[1] ?? null;
    // The images first: stories show them (hero, body) by their ids.
    const mediaIds = new Map<string, number>();
    for (const { image, processed } of images) {
      const { sha256, mime, width, height, bytes } = processed;
      const variants = processed.variants.map((v) => ({ width: v.width, height: v.height, bytes: v.bytes }));
      mediaIds.set(image.key, insertMedia(tx, { sha256, mime, width, height, bytes, originalName: image.fileName, variants, creditDate: image.creditDate }, { en: image.en, ru: image.ru }, { id: editorId, ip: null }));
    }
    // The documents too (oldest first, like the stories): stories link them by their ids.
    const documentIds = new Map<string, number>();
    for (const { document, files } of [...docs].sort((a, b) => a.document.year - b.document.year)) {
      documentIds.set(document.key, insertDocument(tx, demoDocumentFields(document), files, { id: editorId, ip: null }));
    }
    // Oldest first, so ids follow publication order like a real archive.
    const ordered = [...demoStories].sort((a, b) => a.publishedAt.localeCompare(b.publishedAt));
    const storyIds = new Map<string, number>();
    for (const story of ordered) {
      const drafts: TranslationDraft[] = [];
      for (const locale of ['en', 'ru'] as const) {
        const t = story[locale];
        if (t) drafts.push(toDraft(story, locale, t, mediaIds, documentIds));
      }
      const { storyId } = insertStoryWithTranslations(tx, {
        kind: story.kind,
        sourceLocale: story.sourceLocale,
        topics: story.topics,
        countries: story.countries,
        heroMediaId: (story.hero && mediaIds.get(story.hero)) || null,
        authorId: editorId,
        translations: drafts,
        note: 'Demo content',
      });
      storyIds.set(story.key, storyId);
    }
    // Pages, events, countries and digests, which link stories and documents by their ids.
    const sections = seedSections(tx, { images: mediaIds, documents: documentIds, stories: storyIds, authorId: editorId });
    tx.insert(glossaryTerms).values(DEMO_GLOSSARY.map((term) => ({ ...term, updatedById: editorId }))).run();
    insertAuditEntry(tx, { actorId: null, action: 'system.seed_demo', detail: { stories: ordered.length, images: images.length, documents: docs.length, ...sections } });
    return { seeded: true, stories: ordered.length, images: images.length, documents: docs.length, accounts: DEMO_ACCOUNTS } as const;
  });
  if (!result.seeded && storage) {
    // Someone else seeded meanwhile: remove what we stored that no row of theirs owns.
    for (const { processed } of images) {
      if (db.select({ id: media.id }).from(media).where(eq(media.sha256, processed.sha256)).get()) continue;
      await Promise.all(processed.variants.map((v) => storage.delete(variantKey(processed.sha256, v.width))));
    }
    for (const { files } of docs) {
      for (const file of Object.values(files)) if (!isDocumentFileUsed(db, file.sha256)) await storage.delete(documentFileKey(file.sha256));
    }
  }
  return result;
}
