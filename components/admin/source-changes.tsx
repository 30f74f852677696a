import { getTranslations } from 'next-intl/server';
import type { RichTextDoc, TranslationText } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { markSourceChangeAction } from '@/lib/actions/mark-source-change';
import { diffBlocks } from '@/lib/block-diff';
import type { DocumentSummary } from '@/lib/documents/summary';
import type { MediaSummary } from '@/lib/media/summary';
import { getStoryRefSummaries } from '@/db/queries/story-refs';
import { bodyStoryRefIds, documentBlockDocumentId, imageBlockMediaId, plainText, storyRefEntryId } from '@/lib/rich-text';
import type { SourceChange, TranslatedField } from '@/lib/staleness';
import { storyRefTitle, type StoryRefSummary } from '@/lib/story-refs/summary';
import { ActionButton } from './action-button';
import { TextDiff } from './text-diff';
import { Thumbnail } from './thumbnail';

type Props = {
  locale: Locale;
  sourceLocale: Locale;
  targetLocale: Locale;
  translationId: number;
  source: TranslationText;
  /** The source as it was when the translation was last in step; null when never. */
  synced: TranslationText | null;
  outOfDate: boolean;
  changes: SourceChange[];
  pending: SourceChange[];
  marks: { key: string; resolution: 'updated' | 'no_change' }[];
  targetBody: RichTextDoc | null;
  canMark: boolean;
  /** The images the bodies show, to name and show them. */
  media: MediaSummary[];
  /** The documents the bodies link, to name them. */
  documents: DocumentSummary[];
  /** The stories the bodies refer to, to name them (read here when not given). */
  storyRefs?: StoryRefSummary[];
};

/**
 * The source beside the translation: what changed since the translation was last in step, per
 * field and per paragraph as a word-level diff, each with the translation's own paragraph of the
 * same id and buttons to mark it handled; paragraphs that did not change stay folded.
 */
export async function SourceChanges(p: Props) {
  const [t, tf] = await Promise.all([getTranslations({ locale: p.locale, namespace: 'Workspace' }), getTranslations({ locale: p.locale, namespace: 'EntryFields' })]);
  const labels = { removedLabel: t('removed'), addedLabel: t('added') };
  const pendingKeys = new Set(p.pending.map((c) => c.key));
  const markOf = new Map(p.marks.map((m) => [m.key, m.resolution]));
  const mediaById = new Map(p.media.map((m) => [m.id, m]));
  const imageLabel = (mediaId: number | null) => t('imageBlock', { name: (mediaId && mediaById.get(mediaId)?.name) || `#${mediaId ?? '?'}` });
  const documentsById = new Map(p.documents.map((d) => [d.id, d]));
  // Named in the language being read: the source's in the source column, the translation's below it.
  const documentLabel = (documentId: number | null, lang: Locale = p.sourceLocale) =>
    t('documentBlock', { title: (documentId && documentsById.get(documentId)?.title[lang]) || `#${documentId ?? '?'}` });
  const storyRefs = new Map(
    (p.storyRefs ?? getStoryRefSummaries([p.source.body, p.synced?.body, p.targetBody].flatMap((b) => (b ? bodyStoryRefIds(b) : [])))).map((s) => [s.id, s]),
  );
  const storyRefLabel = (entryId: number | null, lang: Locale = p.sourceLocale) => {
    const story = entryId ? storyRefs.get(entryId) : undefined;
    return t('storyRefBlock', { title: (story && storyRefTitle(story, lang)?.title) || `#${entryId ?? '?'}` });
  };
  const targetText = new Map(
    (p.targetBody?.content ?? []).map((n) => [
      String(n.attrs?.id ?? ''),
      n.type === 'image'
        ? imageLabel(imageBlockMediaId(n))
        : n.type === 'document'
          ? documentLabel(documentBlockDocumentId(n), p.targetLocale)
          : n.type === 'storyRef'
            ? storyRefLabel(storyRefEntryId(n), p.targetLocale)
            : plainText(n),
    ]),
  );
  const picture = (mediaId: number | null) => {
    const image = mediaId ? mediaById.get(mediaId) : undefined;
    return image ? <Thumbnail image={image} alt={image.alt[p.sourceLocale]} lang={p.sourceLocale} className="h-auto w-32 rounded" /> : null;
  };

  const controls = (change: SourceChange) =>
    !pendingKeys.has(change.key) ? (
      <p className="mt-2 text-sm font-semibold text-green-900">{markOf.get(change.key) === 'no_change' ? t('handledNoChange') : t('handledUpdated')}</p>
    ) : p.canMark ? (
      <div className="mt-2 flex flex-wrap gap-2">
        <ActionButton action={markSourceChangeAction} fields={{ translationId: p.translationId, key: change.key, resolution: 'updated' }} label={t('markUpdated')} className="rounded bg-brand px-2 py-1 text-sm font-semibold text-white" />
        <ActionButton action={markSourceChangeAction} fields={{ translationId: p.translationId, key: change.key, resolution: 'no_change' }} label={t('markNoChange')} className="rounded border border-gray-700 px-2 py-1 text-sm" />
      </div>
    ) : null;

  const fieldChanges = p.changes.filter((c) => c.field);
  // A type's own field is named by its label in messages (EntryFields), else by its name.
  const fieldLabel = (field: SourceChange['field']): string => {
    if (field === null) return '';
    if (!field.startsWith('fields.')) return t(field as TranslatedField);
    const key = field.slice('fields.'.length) as Parameters<typeof tf>[0];
    return tf.has(key) ? tf(key) : field.slice('fields.'.length);
  };
  const blocks = diffBlocks(p.synced?.body ?? (p.outOfDate ? { type: 'doc', content: [] } : p.source.body), p.source.body);
  const changeOf = new Map(p.changes.map((c) => [c.key, c]));
  // Runs of unchanged paragraphs fold into one <details>.
  const groups: ({ kind: 'same'; texts: string[] } | { kind: 'change'; change: SourceChange })[] = [];
  for (const block of blocks) {
    const change = p.outOfDate ? changeOf.get(`block:${block.id}`) : undefined;
    const text = block.image
      ? imageLabel(block.image.after)
      : block.document
        ? documentLabel(block.document.after)
        : block.storyRef
          ? storyRefLabel(block.storyRef.after)
          : (block.after ?? '');
    if (change) groups.push({ kind: 'change', change });
    else {
      const last = groups.at(-1);
      if (last?.kind === 'same') last.texts.push(text);
      else groups.push({ kind: 'same', texts: [text] });
    }
  }

  return (
    <section aria-labelledby="source-heading" className="space-y-4">
      <h2 id="source-heading" className="text-xl font-bold">
        {t('sourceHeading')}
      </h2>
      <p role="status" className={`rounded border p-3 ${p.outOfDate || p.targetBody === null ? 'border-amber-600 bg-amber-50' : 'border-green-700 bg-green-50'}`}>
        {/* No translation yet is not a translation in step. */}
        {p.targetBody === null ? t('notStarted') : p.outOfDate ? t('outOfDate', { pending: p.pending.length, total: p.changes.length }) : t('inStep')}
      </p>
      <dl className="space-y-3" lang={p.sourceLocale}>
        <div>
          <dt className="text-sm font-semibold text-gray-700">{t('title')}</dt>
          <dd>{p.source.title}</dd>
        </div>
        {p.source.summary ? (
          <div>
            <dt className="text-sm font-semibold text-gray-700">{t('summary')}</dt>
            <dd>{p.source.summary}</dd>
          </div>
        ) : null}
      </dl>
      {fieldChanges.length > 0 ? (
        <ul aria-label={t('changedFields')} className="space-y-3">
          {fieldChanges.map((c) => (
            <li key={c.key} id={`change-${c.key}`} className="scroll-mt-4 rounded border-l-4 border-amber-600 bg-white p-3 shadow-sm">
              <p className="text-sm font-semibold">{t('fieldChanged', { field: fieldLabel(c.field) })}</p>
              <div lang={p.sourceLocale}>
                <TextDiff before={c.before ?? ''} after={c.after ?? ''} {...labels} />
              </div>
              {controls(c)}
            </li>
          ))}
        </ul>
      ) : null}
      <h3 className="text-lg font-semibold">{t('body')}</h3>
      <ol className="space-y-3" aria-label={t('paragraphs')}>
        {groups.map((g, i) =>
          g.kind === 'same' ? (
            <li key={`same-${i}`}>
              <details className="rounded border border-gray-200 p-2 text-gray-800">
                <summary className="cursor-pointer text-sm">{t('unchanged', { count: g.texts.length })}</summary>
                <div className="mt-2 space-y-2" lang={p.sourceLocale}>
                  {g.texts.map((text, j) => (
                    <p key={j}>{text}</p>
                  ))}
                </div>
              </details>
            </li>
          ) : (
            <li key={g.change.key} id={`change-${g.change.key}`} className="scroll-mt-4 rounded border-l-4 border-amber-600 bg-white p-3 shadow-sm">
              <p className="text-sm font-semibold">
                {t(
                  g.change.image
                    ? `image_${g.change.change}`
                    : g.change.document
                      ? `document_${g.change.change}`
                      : g.change.storyRef
                        ? `storyRef_${g.change.change}`
                        : `block_${g.change.change}`,
                )}
              </p>
              {g.change.storyRef ? (
                <div className="mt-1 space-y-2">
                  <div lang={p.sourceLocale}>
                    <TextDiff
                      before={g.change.storyRef.before !== null ? storyRefLabel(g.change.storyRef.before) : ''}
                      after={g.change.storyRef.after !== null ? storyRefLabel(g.change.storyRef.after) : ''}
                      {...labels}
                    />
                  </div>
                  <p className="text-sm text-gray-700">{t('storyRefNoText')}</p>
                </div>
              ) : g.change.document ? (
                <div className="mt-1 space-y-2">
                  <div lang={p.sourceLocale}>
                    <TextDiff
                      before={g.change.document.before !== null ? documentLabel(g.change.document.before) : ''}
                      after={g.change.document.after !== null ? documentLabel(g.change.document.after) : ''}
                      {...labels}
                    />
                  </div>
                  <p className="text-sm text-gray-700">{t('documentNoText')}</p>
                </div>
              ) : g.change.image ? (
                <div className="mt-1 space-y-2">
                  <TextDiff
                    before={g.change.image.before !== null ? imageLabel(g.change.image.before) : ''}
                    after={g.change.image.after !== null ? imageLabel(g.change.image.after) : ''}
                    {...labels}
                  />
                  {picture(g.change.image.after ?? g.change.image.before)}
                  <p className="text-sm text-gray-700">{t('imageNoText')}</p>
                </div>
              ) : (
                <div lang={p.sourceLocale}>
                  <TextDiff before={g.change.before ?? ''} after={g.change.after ?? ''} {...labels} />
                </div>
              )}
              {g.change.blockId && targetText.has(g.change.blockId) ? (
                <div className="mt-2 rounded bg-gray-50 p-2 text-sm">
                  <p className="font-semibold text-gray-700">{t('yourParagraph')}</p>
                  <p lang={p.targetLocale}>{targetText.get(g.change.blockId)}</p>
                </div>
              ) : null}
              {controls(g.change)}
            </li>
          ),
        )}
      </ol>
    </section>
  );
}
