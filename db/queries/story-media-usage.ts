import { and, eq, inArray } from 'drizzle-orm';
import type { DbLike } from '../client';
import { LOCALES, publicationMedia, entries, entryTranslations, translationMedia, translationPublications, type ContentLocale } from '../schema';
import type { MediaUsage } from './media-usage';

/**
 * Stories that show an image: as the hero (the working choice or a live copy's) or in the body of
 * a language version (its working copy or its live copy). Four lookups on indexed columns
 * (stories.hero_media_id, translation_publications.hero_media_id and the translation_media /
 * publication_media tables kept in step on save and publish), never a scan of story bodies.
 */
export function storyMediaUsages(db: DbLike, mediaId: number): MediaUsage[] {
  const hero = new Set<number>();
  const body = new Map<number, Set<ContentLocale>>();
  for (const r of db.select({ storyId: entries.id }).from(entries).where(eq(entries.heroMediaId, mediaId)).all()) hero.add(r.storyId);
  for (const r of db.select({ storyId: translationPublications.entryId }).from(translationPublications).where(eq(translationPublications.heroMediaId, mediaId)).all()) hero.add(r.storyId);
  const inBody = [
    ...db
      .select({ storyId: entryTranslations.entryId, locale: entryTranslations.locale })
      .from(translationMedia)
      .innerJoin(entryTranslations, eq(entryTranslations.id, translationMedia.translationId))
      .where(eq(translationMedia.mediaId, mediaId))
      .all(),
    ...db
      .select({ storyId: translationPublications.entryId, locale: translationPublications.locale })
      .from(publicationMedia)
      .innerJoin(translationPublications, eq(translationPublications.translationId, publicationMedia.translationId))
      .where(eq(publicationMedia.mediaId, mediaId))
      .all(),
  ];
  for (const r of inBody) body.set(r.storyId, (body.get(r.storyId) ?? new Set()).add(r.locale));
  const ids = [...new Set([...hero, ...body.keys()])];
  if (ids.length === 0) return [];
  const titles = sourceTitles(db, ids);
  return ids
    .sort((a, b) => a - b)
    .map((id) => ({
      kind: 'story' as const,
      id,
      title: titles.get(id) ?? `#${id}`,
      hero: hero.has(id),
      bodyLocales: LOCALES.filter((l) => body.get(id)?.has(l)),
    }));
}

/** Stories named by their source language's title, as the story list names them: by story id. */
export function sourceTitles(db: DbLike, ids: readonly number[]): Map<number, string> {
  return new Map(
    db
      .select({ storyId: entryTranslations.entryId, title: entryTranslations.title })
      .from(entryTranslations)
      .innerJoin(entries, and(eq(entries.id, entryTranslations.entryId), eq(entries.sourceLocale, entryTranslations.locale)))
      .where(inArray(entryTranslations.entryId, [...ids]))
      .all()
      .map((r) => [r.storyId, r.title]),
  );
}
