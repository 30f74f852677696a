import { LOCALES, type ContentLocale } from '@/db/schema';
import type { Locale } from '@/i18n/routing';

/** One live language version of a story, as a reference to it needs it. */
export type LiveStoryVersion = { locale: ContentLocale; slug: string; title: string; summary: string; publishedAt: Date; href: string };

/** The version a reference links for a reader of `locale`: theirs, or where it has none the other language's, said so (`fallback`). */
export type StoryRefTarget = LiveStoryVersion & { entryId: number; fallback: boolean };

/**
 * Which live version of a story a reference shows to a reader of `locale`: the reader's language
 * first, then the other; null when the story is live in no language (the reference shows nothing).
 */
export function pickStoryRefVersion(entryId: number, versions: readonly LiveStoryVersion[], locale: Locale): StoryRefTarget | null {
  for (const l of [locale, ...LOCALES.filter((x) => x !== locale)]) {
    const version = versions.find((v) => v.locale === l);
    if (version) return { ...version, entryId, fallback: l !== locale };
  }
  return null;
}

/** A story reference as the reader sees it: every string already in the reader's language, or marked with its own. */
export type StoryRefCardData = {
  title: string;
  summary: string;
  /** The story's page, a path on this site. */
  href: string;
  /** The language of the linked version (its title and summary are in it). */
  locale: ContentLocale;
  /** ISO 8601, for <time dateTime>. */
  dateTime: string;
  /** The date as the reader reads it. */
  date: string;
  /** Set when the linked version is in another language than the reader's: "In Russian only". */
  note: string | null;
};

export type StoryRefCardLabels = {
  date: (date: Date) => string;
  /** "Available in {language} only", for the language of the version linked instead. */
  onlyIn: (language: ContentLocale) => string;
};

export function storyRefCard(target: StoryRefTarget, labels: StoryRefCardLabels): StoryRefCardData {
  return {
    title: target.title,
    summary: target.summary,
    href: target.href,
    locale: target.locale,
    dateTime: target.publishedAt.toISOString(),
    date: labels.date(target.publishedAt),
    note: target.fallback ? labels.onlyIn(target.locale) : null,
  };
}
