import type { EntryType, PageSection } from '@/db/schema';
import { routing, type Locale } from '@/i18n/routing';

/**
 * What the site needs to know about one type of entry (docs/architecture.md, "Content model"):
 * where its language versions live in public, where staff edit it, and what a publish may change.
 * The workspace, the translation queue, preview and revalidation ask here instead of building a
 * story's addresses themselves, so a new type (page, event…) is one more descriptor.
 */
export type EntryTypeDescriptor = {
  /** The public page of one language version, e.g. `/en/news/{slug}`. */
  publicPath(locale: Locale, slug: string): string;
  /** The entry's editor in the admin (in the admin's language `uiLocale`), opened on `lang` if given. */
  editPath(uiLocale: Locale, entryId: number, lang?: Locale): string;
  /** The public pages of one language that list the type (and change when one of its entries does). */
  listPaths(locale: Locale): string[];
  /**
   * Route patterns whose every page shows something of every entry of the type (a section's
   * navigation lists all its pages), revalidated whole when one entry changes. Written as the
   * page's folders, route group included (`/[locale]/(public)/…`): Next tags a cached page with
   * them, and a pattern without the group matches nothing.
   */
  routePatterns?: string[];
  /** The admin's list of the type (in the admin's language). */
  adminListPath(uiLocale: Locale): string;
  /**
   * What the type writes per language beyond title, slug, summary, body and SEO fields: stored in
   * the translation's `fields`, translated and diffed like the others (labels: `EntryFields`).
   */
  translatedFields: readonly TranslatedEntryField[];
  /** Whether a version has a dateline (a story's place of writing). */
  dateline: boolean;
  /** Slugs the type cannot have: fixed addresses beside its pages (`/almaty-process/events`). */
  reservedSlugs?: readonly string[];
};

export type TranslatedEntryField = { name: 'venue' | 'participants' | 'missionName' | 'missionAddress'; multiline: boolean };

export const ENTRY_TYPE_DESCRIPTORS: Record<EntryType, EntryTypeDescriptor> = {
  story: {
    publicPath: (locale, slug) => `/${locale}/news/${slug}`,
    editPath: (uiLocale, entryId, lang) => `/${uiLocale}/admin/stories/${entryId}${lang ? `?lang=${lang}` : ''}`,
    listPaths: (locale) => [`/${locale}`, `/${locale}/news`],
    // A country's page lists its latest news.
    routePatterns: ['/[locale]/(public)/countries/[slug]'],
    adminListPath: (uiLocale) => `/${uiLocale}/admin/stories`,
    translatedFields: [],
    dateline: true,
  },
  // The Almaty Process section (the only section of pages so far): its front page is the page
  // without a parent, served at the section's own address; `/{slug}` of it redirects there.
  page: {
    publicPath: (locale, slug) => `/${locale}/almaty-process/${slug}`,
    editPath: (uiLocale, entryId, lang) => `/${uiLocale}/admin/pages/${entryId}${lang ? `?lang=${lang}` : ''}`,
    listPaths: (locale) => [`/${locale}/almaty-process`],
    routePatterns: ['/[locale]/(public)/almaty-process/[slug]'],
    adminListPath: (uiLocale) => `/${uiLocale}/admin/pages`,
    translatedFields: [],
    dateline: false,
    reservedSlugs: ['events', 'documents'],
  },
  event: {
    publicPath: (locale, slug) => `/${locale}/events/${slug}`,
    editPath: (uiLocale, entryId, lang) => `/${uiLocale}/admin/events/${entryId}${lang ? `?lang=${lang}` : ''}`,
    // Home shows upcoming events; the process's section lists its own.
    listPaths: (locale) => [`/${locale}`, `/${locale}/events`, `/${locale}/almaty-process/events`],
    routePatterns: ['/[locale]/(public)/countries/[slug]'],
    adminListPath: (uiLocale) => `/${uiLocale}/admin/events`,
    translatedFields: [
      { name: 'venue', multiline: false },
      { name: 'participants', multiline: true },
    ],
    dateline: false,
  },
  country: {
    publicPath: (locale, slug) => `/${locale}/countries/${slug}`,
    editPath: (uiLocale, entryId, lang) => `/${uiLocale}/admin/countries/${entryId}${lang ? `?lang=${lang}` : ''}`,
    // The contact page lists every mission; country names appear on the other countries' pages.
    listPaths: (locale) => [`/${locale}/countries`, `/${locale}/contact`],
    routePatterns: ['/[locale]/(public)/countries/[slug]'],
    adminListPath: (uiLocale) => `/${uiLocale}/admin/countries`,
    translatedFields: [
      { name: 'missionName', multiline: false },
      { name: 'missionAddress', multiline: true },
    ],
    dateline: false,
  },
  digest: {
    publicPath: (locale, slug) => `/${locale}/digest/${slug}`,
    editPath: (uiLocale, entryId, lang) => `/${uiLocale}/admin/digests/${entryId}${lang ? `?lang=${lang}` : ''}`,
    listPaths: (locale) => [`/${locale}`, `/${locale}/digest`],
    adminListPath: (uiLocale) => `/${uiLocale}/admin/digests`,
    translatedFields: [],
    dateline: false,
  },
};

export function entryType(type: EntryType): EntryTypeDescriptor {
  return ENTRY_TYPE_DESCRIPTORS[type];
}

/**
 * Everything public a change to one translation of an entry can touch: its page under each of
 * the slugs (old and new) in every language (the other language's page for a slug may say "not
 * yet translated" or redirect), and the lists of its type in every language.
 */
export function revalidationPaths(type: EntryType, slugs: readonly string[]): string[] {
  const d = entryType(type);
  const paths: string[] = [];
  for (const locale of routing.locales as readonly Locale[]) {
    paths.push(...d.listPaths(locale));
    for (const slug of new Set(slugs)) paths.push(d.publicPath(locale, slug));
  }
  return [...new Set(paths)];
}

/** An entry id from a URL segment: a positive integer of at most ten digits, else null. */
export function parseEntryId(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

/** Where a page of the section lives: the front page at the section's address, the others under it. */
export function sectionPagePath(section: PageSection, locale: Locale, page: { slug: string; isFront: boolean }): string {
  return page.isFront ? `/${locale}/${section}` : entryType('page').publicPath(locale, page.slug);
}
