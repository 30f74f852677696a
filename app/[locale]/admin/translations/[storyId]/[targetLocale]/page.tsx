import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { AdminShell } from '@/components/admin/admin-shell';
import { SourceChanges } from '@/components/admin/source-changes';
import { StatusBadge } from '@/components/admin/status-badge';
import { StoryEditor } from '@/components/admin/story-editor';
import { countryOptions, editorDocumentIds, editorMediaIds, editorTranslation } from '@/components/admin/story-editor-props';
import { getDb } from '@/db';
import { getEditableEntry } from '@/db/queries/admin-stories';
import { getDocumentSummaries } from '@/db/queries/documents';
import { listGlossaryTerms } from '@/db/queries/glossary';
import { getMediaSummaries } from '@/db/queries/media';
import { getSyncState } from '@/db/queries/translations';
import { missingTerms, termsIn } from '@/lib/glossary';
import { plainText } from '@/lib/rich-text';
import { alignSource, pendingFieldChanges } from '@/lib/source-alignment';
import { storyRefTitles } from '@/lib/story-refs/names';
import { isLocale, routing } from '@/i18n/routing';
import { startTranslationAction } from '@/lib/actions/start-translation';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { entryType } from '@/lib/entry-types';
import { availableTransitions, canEditTranslation, effectiveStatus } from '@/lib/workflow';

type Props = PageProps<'/[locale]/admin/translations/[storyId]/[targetLocale]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Workspace' }))('title') };
}

export default async function TranslationWorkspacePage({ params }: Props) {
  const { locale, storyId: rawId, targetLocale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/translations/${rawId}/${targetLocale}`);
  const storyId = /^[1-9]\d{0,9}$/.test(rawId) ? Number(rawId) : null;
  const story = storyId ? getEditableEntry(storyId) : null;
  if (!story || !isLocale(targetLocale) || targetLocale === story.sourceLocale) notFound();
  const source = story.translations[story.sourceLocale];
  if (!source) notFound();
  const target = story.translations[targetLocale];
  const sync = target ? getSyncState(getDb(), target.id) : null;
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'Workspace' }), getTranslations({ locale, namespace: 'Languages' })]);
  const canEdit = canEditTranslation(user.role, false);
  const terms = listGlossaryTerms();
  const sourceText = [source.title, source.summary, plainText(source.body)].join('\n');
  const sourceTerms = termsIn(sourceText, terms, story.sourceLocale);
  // The images either side shows: the hero, the source's (now and when last in step), the translation's.
  const mediaSummaries = getMediaSummaries(editorMediaIds(story.heroMediaId, source.body, sync?.syncedSnapshot?.body, target?.body));
  const documentSummaries = getDocumentSummaries(editorDocumentIds(source.body, sync?.syncedSnapshot?.body, target?.body));
  const mediaNames = new Map(mediaSummaries.map((m) => [m.id, m.name]));
  // Named in the source's language, as the source column reads.
  const documentTitles = new Map(documentSummaries.map((d) => [d.id, d.title[story.sourceLocale]]));
  const storyTitles = storyRefTitles([source.body, sync?.syncedSnapshot?.body, target?.body], story.sourceLocale);
  // Only what is still to handle is marked beside the text.
  const pending = sync?.outOfDate ? sync.pending : [];
  const missing = target ? missingTerms(sourceText, [target.title, target.summary, plainText(target.body)].join('\n'), terms, story.sourceLocale, targetLocale) : [];

  return (
    <AdminShell locale={locale} user={user}>
      <p>
        <a href={`/${locale}/admin/translations`}>← {t('backToQueue')}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('heading', { from: tl(story.sourceLocale), to: tl(targetLocale) })}</h1>
      <p className="mt-1 text-lg" lang={story.sourceLocale}>
        {source.title}
      </p>
      <p className="mt-1 text-sm text-gray-700">
        {t('sourceStatus')} <StatusBadge status={effectiveStatus(source.status, source.publishedAt)} locale={locale} />
        {target ? (
          <>
            {' · '}
            {t('targetStatus')} <StatusBadge status={effectiveStatus(target.status, target.publishedAt)} locale={locale} />
          </>
        ) : null}
        {' · '}
        <a href={entryType(story.type).editPath(locale, story.id, story.sourceLocale)} className="underline">{t('openSource')}</a>
      </p>

      {sourceTerms.length > 0 ? (
        <section aria-labelledby="glossary-heading" className="mt-6 rounded border border-blue-300 bg-blue-50 p-3">
          <h2 id="glossary-heading" className="font-semibold">
            {t('glossaryHeading')}
          </h2>
          <ul className="mt-1 flex flex-wrap gap-x-6 gap-y-1">
            {sourceTerms.map((term) => (
              <li key={term.id}>
                <mark lang={story.sourceLocale} className="bg-yellow-100">{term[story.sourceLocale]}</mark> → <span lang={targetLocale}>{term[targetLocale]}</span>
              </li>
            ))}
          </ul>
          {missing.length > 0 ? (
            <p className="mt-2 text-amber-950">
              {t('glossaryMissing')}{' '}
              {missing.map((m) => m[story.sourceLocale]).join(', ')}
            </p>
          ) : null}
        </section>
      ) : null}

      <div className="mt-6 space-y-8">
        <SourceChanges
          locale={locale}
          sourceLocale={story.sourceLocale}
          targetLocale={targetLocale}
          translationId={target?.id ?? 0}
          source={source}
          synced={sync?.syncedSnapshot ?? null}
          outOfDate={sync?.outOfDate ?? false}
          changes={sync?.changes ?? []}
          pending={sync?.pending ?? []}
          marks={sync?.marks ?? []}
          targetBody={target?.body ?? null}
          canMark={Boolean(target) && canEdit}
          media={mediaSummaries}
                documents={documentSummaries}
        />
        <section aria-labelledby="target-heading">
          <h2 id="target-heading" className="text-xl font-bold">
            {t('targetHeading', { language: tl(targetLocale) })}
          </h2>
          {!target ? (
            <div className="mt-4">
              <p>{t('noTarget', { language: targetLocale })}</p>
              {canEdit ? (
                <div className="mt-3">
                  <ActionButton
                    action={startTranslationAction}
                    fields={{ storyId: story.id, locale: targetLocale, uiLocale: locale, then: 'workspace' }}
                    label={t('start', { language: targetLocale })}
                    className="rounded bg-brand px-4 py-2 font-semibold text-white"
                  />
                </div>
              ) : null}
            </div>
          ) : (
            <div className="mt-4">
              <StoryEditor
                key={target.id}
                story={{ id: story.id, type: story.type, kind: story.kind, countries: story.countries, topics: story.topics, heroMediaId: story.heroMediaId, featured: story.featured, page: null, details: story.details, translatedFields: entryType(story.type).translatedFields, dateline: entryType(story.type).dateline }}
                translation={editorTranslation(target)}
                isSource={false}
                transitions={availableTransitions(target.status, user.role)}
                countryOptions={countryOptions(locale)}
                glossary={{ terms, sourceText, sourceLocale: story.sourceLocale }}
                media={mediaSummaries}
                documents={documentSummaries}
                canManageMedia={user.role !== 'translator'}
                source={{
                  locale: story.sourceLocale,
                  fields: {
                    title: source.title,
                    slug: source.slug,
                    summary: source.summary,
                    dateline: source.dateline,
                    seoTitle: source.seoTitle,
                    seoDescription: source.seoDescription,
                    ...Object.fromEntries(Object.entries(source.fields ?? {}).map(([name, value]) => [`fields.${name}`, value])),
                  },
                  changedFields: pendingFieldChanges(pending),
                  alignment: {
                    ...alignSource(
                      source.body,
                      pending,
                      (mediaId) => t('imageBlock', { name: (mediaId && mediaNames.get(mediaId)) || `#${mediaId ?? '?'}` }),
                      (documentId) => t('documentBlock', { title: (documentId && documentTitles.get(documentId)) || `#${documentId ?? '?'}` }),
                      (entryId) => t('storyRefBlock', { title: (entryId && storyTitles.get(entryId)) || `#${entryId ?? '?'}` }),
                    ),
                    sourceLocale: story.sourceLocale,
                    targetLocale,
                    terms: sourceTerms,
                    labels: {
                      source: t('sourceOf', { language: tl(story.sourceLocale) }),
                      changed: t('cellChanged'),
                      added: t('cellAdded'),
                      moved: t('cellMoved'),
                      removed: t('cellRemoved'),
                      orphan: t('cellOrphan'),
                      missing: t('cellMissing'),
                      insert: t('cellInsert'),
                      handle: t('handleIt'),
                      removedWord: t('removed'),
                      addedWord: t('added'),
                      approved: t('approvedTranslation'),
                    },
                  },
                }}
              />
            </div>
          )}
        </section>
      </div>
    </AdminShell>
  );
}
