import type { EditableTranslation } from '@/db/queries/admin-stories';
import type { RichTextDoc } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { COUNTRY_CODES } from '@/lib/countries';
import { countryName } from '@/lib/format';
import { bodyDocumentIds, bodyMediaIds } from '@/lib/rich-text';
import { toLocalDateTimeInput } from '@/lib/time';
import type { StoryEditorProps } from './story-editor';

/** What the editor needs of a translation, from what the page loaded (server side). */
export function editorTranslation(t: EditableTranslation): StoryEditorProps['translation'] {
  const { id, locale, title, slug, summary, body, dateline, seoTitle, seoDescription, version } = t;
  return { id, locale, title, slug, summary, body, dateline, seoTitle, seoDescription, fields: t.fields ?? {}, version, publishedAtInput: toLocalDateTimeInput(t.publishedAt) };
}

export function countryOptions(locale: Locale): StoryEditorProps['countryOptions'] {
  return COUNTRY_CODES.map((code) => ({ code, name: countryName(code, locale) }));
}

/** The images an editor of this translation shows on opening: the story's hero and the body's. */
export function editorMediaIds(heroMediaId: number | null, ...bodies: (RichTextDoc | null | undefined)[]): number[] {
  return [...(heroMediaId ? [heroMediaId] : []), ...bodies.flatMap((b) => (b ? bodyMediaIds(b) : []))];
}

/** The documents an editor of this translation shows on opening: those the bodies link. */
export function editorDocumentIds(...bodies: (RichTextDoc | null | undefined)[]): number[] {
  return bodies.flatMap((b) => (b ? bodyDocumentIds(b) : []));
}
