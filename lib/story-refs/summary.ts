import type { ContentLocale, StoryKind } from '@/db/schema';

/** What the story editor shows of a story another story refers to (picker, block, diffs): safe to send to the browser. */
export type StoryRefSummary = {
  /** The story's entry id: what a `storyRef` block stores. */
  id: number;
  kind: StoryKind;
  /** The title of each language version the story has (working copy). */
  title: Partial<Record<ContentLocale, string>>;
  /** The languages whose version is live on the site now. */
  live: ContentLocale[];
};

/** The title to name a story by in `lang`: that language's, else any other's. */
export function storyRefTitle(summary: StoryRefSummary, lang: ContentLocale): { title: string; lang: ContentLocale } | null {
  const own = summary.title[lang];
  if (own) return { title: own, lang };
  for (const [l, title] of Object.entries(summary.title) as [ContentLocale, string][]) if (title) return { title, lang: l };
  return null;
}

/** 'en', 'ru', 'both' or 'none': which languages are live, as the messages select on it. */
export function liveLanguages(summary: StoryRefSummary): string {
  return summary.live.length > 1 ? 'both' : (summary.live[0] ?? 'none');
}
