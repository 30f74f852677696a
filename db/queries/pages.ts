import 'server-only';
import { and, eq, inArray, ne } from 'drizzle-orm';
import { cache } from 'react';
import type { Locale } from '@/i18n/routing';
import { descendantsOf, flattenTree, type Flattened } from '@/lib/page-tree';
import type { DbLike } from '../client';
import { getDb } from '../index';
import { entries, entryTranslations, pageDetails, translationPublications as live, type ContentLocale, type EntryFields, type PageSection, type RichTextDoc, type TranslationStatus } from '../schema';
import { isLive, liveSlugsOf, lookupSlugInOtherLanguage } from './published';

/** Every page of a section with where it sits: one query. */
function sectionNodes(section: PageSection, db: DbLike = getDb()) {
  return db
    .select({ id: pageDetails.entryId, parentId: pageDetails.parentId, position: pageDetails.position, sourceLocale: entries.sourceLocale })
    .from(pageDetails)
    .innerJoin(entries, eq(entries.id, pageDetails.entryId))
    .where(eq(pageDetails.section, section))
    .all();
}

export type AdminPageRow = Flattened<{
  id: number;
  parentId: number | null;
  position: number;
  sourceLocale: ContentLocale;
  translations: Partial<Record<ContentLocale, { title: string; status: TranslationStatus; publishedAt: Date | null; live: boolean }>>;
}>;

/** The admin's list of a section's pages, in tree order, each with its language versions. */
export function listPagesForAdmin(section: PageSection): AdminPageRow[] {
  const nodes = sectionNodes(section);
  const ids = nodes.map((n) => n.id);
  const rows = ids.length
    ? getDb()
        .select({ entryId: entryTranslations.entryId, locale: entryTranslations.locale, title: entryTranslations.title, status: entryTranslations.status, publishedAt: entryTranslations.publishedAt, liveId: live.translationId })
        .from(entryTranslations)
        .leftJoin(live, eq(live.translationId, entryTranslations.id))
        .where(inArray(entryTranslations.entryId, ids))
        .all()
    : [];
  return flattenTree(
    nodes.map((n) => ({
      ...n,
      translations: Object.fromEntries(
        rows.filter((r) => r.entryId === n.id).map((r) => [r.locale, { title: r.title, status: r.status, publishedAt: r.publishedAt, live: r.liveId !== null }]),
      ),
    })),
  );
}

/**
 * Where a page may be moved: the section's other pages except those below it (a page cannot sit
 * under itself), named in the admin's language where they have it, else in their source.
 */
export function listPageParentOptions(entryId: number | null, section: PageSection, uiLocale: Locale): { id: number; title: string; depth: number }[] {
  return listPagesForAdmin(section)
    .filter((p, _, all) => entryId === null || !descendantsOf(all, entryId).has(p.id))
    .map((p) => ({ id: p.id, depth: p.depth, title: (p.translations[uiLocale] ?? p.translations[p.sourceLocale])?.title ?? `#${p.id}` }));
}

/** The next free position under a parent: a new page goes last. */
export function nextPagePosition(section: PageSection, parentId: number | null): number {
  const siblings = sectionNodes(section).filter((n) => n.parentId === parentId);
  return siblings.reduce((max, n) => Math.max(max, n.position + 1), 0);
}

export type SectionNavItem = { id: number; parentId: number | null; position: number; depth: number; title: string; slug: string; isFront: boolean };

export type PageView = {
  id: number;
  locale: Locale;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDoc;
  seoTitle: string;
  seoDescription: string;
  fields: EntryFields;
  publishedAt: Date;
  updatedAt: Date;
  isFront: boolean;
  /** Slugs of this page's public translations, by locale (this one included). */
  alternates: Partial<Record<Locale, string>>;
};

/**
 * The section's pages live in one language, in tree order: the navigation every page of the
 * section shows. The front page is the top-level page first in order.
 */
export const getSectionNav = cache((section: PageSection, locale: Locale): SectionNavItem[] => {
  const nodes = sectionNodes(section);
  const rows = getDb()
    .select({ id: live.entryId, title: live.title, slug: live.slug })
    .from(live)
    .where(and(eq(live.type, 'page'), eq(live.locale, locale), isLive()))
    .all();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const parents = new Map(nodes.map((n) => [n.id, n.parentId]));
  const present = nodes.filter((n) => byId.has(n.id));
  const flat = flattenTree(present, parents);
  const frontId = frontPageId(nodes);
  return flat.map((n) => ({ id: n.id, parentId: n.parentId, position: n.position, depth: n.depth, title: byId.get(n.id)!.title, slug: byId.get(n.id)!.slug, isFront: n.id === frontId }));
});

/** The id of the section's front page (null while the section has no pages). */
export function sectionFrontId(section: PageSection, db: DbLike = getDb()): number | null {
  return frontPageId(sectionNodes(section, db));
}

/** The section's front page: its first top-level page, whether or not it is live in a language. */
function frontPageId(nodes: { id: number; parentId: number | null; position: number }[]): number | null {
  const top = nodes.filter((n) => n.parentId === null).sort((a, b) => a.position - b.position || a.id - b.id);
  return top[0]?.id ?? null;
}


function pageView(entryId: number, locale: Locale, isFront: boolean): PageView | null {
  const row = getDb()
    .select({ title: live.title, slug: live.slug, summary: live.summary, body: live.body, seoTitle: live.seoTitle, seoDescription: live.seoDescription, fields: live.fields, publishedAt: live.publishedAt, updatedAt: live.updatedAt })
    .from(live)
    .where(and(eq(live.entryId, entryId), eq(live.locale, locale), isLive()))
    .get();
  return row ? { id: entryId, locale, ...row, isFront, alternates: liveSlugsOf(entryId) } : null;
}

export type PageLookup =
  | { kind: 'found'; page: PageView }
  /** The address to send the reader to: the front page's own slug, or this locale's slug of a page found by another's. */
  | { kind: 'redirect'; to: 'front' | { slug: string } }
  | { kind: 'untranslated'; available: { locale: Locale; slug: string; title: string; summary: string; isFront: boolean } }
  | { kind: 'missing' };

/** The section's front page in one language (`/{locale}/almaty-process`). */
export const lookupSectionFront = cache((section: PageSection, locale: Locale): PageLookup => {
  const frontId = frontPageId(sectionNodes(section));
  if (frontId === null) return { kind: 'missing' };
  const page = pageView(frontId, locale, true);
  if (page) return { kind: 'found', page };
  const other = getDb()
    .select({ locale: live.locale, slug: live.slug, title: live.title, summary: live.summary })
    .from(live)
    .where(and(eq(live.entryId, frontId), ne(live.locale, locale), isLive()))
    .get();
  return other ? { kind: 'untranslated', available: { ...other, isFront: true } } : { kind: 'missing' };
});

/** What `/{locale}/almaty-process/{slug}` shows. */
export const lookupPageBySlug = cache((section: PageSection, locale: Locale, slug: string): PageLookup => {
  const db = getDb();
  const frontId = frontPageId(sectionNodes(section));
  const inSection = (entryId: number) => db.select({ section: pageDetails.section }).from(pageDetails).where(eq(pageDetails.entryId, entryId)).get()?.section === section;
  const own = db
    .select({ entryId: live.entryId })
    .from(live)
    .where(and(eq(live.type, 'page'), eq(live.locale, locale), eq(live.slug, slug), isLive()))
    .get();
  if (own && inSection(own.entryId)) {
    if (own.entryId === frontId) return { kind: 'redirect', to: 'front' };
    const page = pageView(own.entryId, locale, false);
    return page ? { kind: 'found', page } : { kind: 'missing' };
  }
  // A link from the other language (the switcher, a shared URL).
  const other = lookupSlugInOtherLanguage('page', locale, slug, inSection);
  if (other.kind === 'redirect') return { kind: 'redirect', to: other.entryId === frontId ? 'front' : { slug: other.slug } };
  if (other.kind === 'untranslated') return { kind: 'untranslated', available: { ...other.available, isFront: other.entryId === frontId } };
  return other;
});

/**
 * A page's working copy as it would look published, by its working slug: for staff previews only
 * (the page route calls it in draft mode, after checking who is asking).
 */
export function getWorkingPageBySlug(section: PageSection, locale: Locale, slug: string): PageView | null {
  const db = getDb();
  const row = db
    .select({ t: entryTranslations })
    .from(entryTranslations)
    .innerJoin(pageDetails, eq(pageDetails.entryId, entryTranslations.entryId))
    .where(and(eq(pageDetails.section, section), eq(entryTranslations.locale, locale), eq(entryTranslations.slug, slug)))
    .get();
  if (!row) return null;
  const { t } = row;
  return {
    id: t.entryId,
    locale,
    title: t.title,
    slug: t.slug,
    summary: t.summary,
    body: t.body,
    seoTitle: t.seoTitle,
    seoDescription: t.seoDescription,
    fields: t.fields,
    publishedAt: t.publishedAt ?? new Date(),
    updatedAt: t.updatedAt,
    isFront: t.entryId === frontPageId(sectionNodes(section)),
    alternates: liveSlugsOf(t.entryId),
  };
}
