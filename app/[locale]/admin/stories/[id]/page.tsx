import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { AdminShell } from '@/components/admin/admin-shell';
import { StatusBadge } from '@/components/admin/status-badge';
import { StoryEditor } from '@/components/admin/story-editor';
import { countryOptions, editorDocumentIds, editorMediaIds, editorTranslation } from '@/components/admin/story-editor-props';
import { getEditableStory } from '@/db/queries/admin-stories';
import { getDocumentSummaries } from '@/db/queries/documents';
import { getMediaSummaries } from '@/db/queries/media';
import { LOCALES } from '@/db/schema';
import { isLocale, routing } from '@/i18n/routing';
import { startTranslationAction } from '@/lib/actions/start-translation';
import { ALL_ROLES, getCurrentUser, hasRole, requirePageRole } from '@/lib/authz';
import { formatDate } from '@/lib/format';
import { availableTransitions, canEditTranslation, effectiveStatus } from '@/lib/workflow';

type Props = PageProps<'/[locale]/admin/stories/[id]'>;

function parseId(value: string): number | null {
  return /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'StoryAdmin' });
  // Metadata is resolved apart from the page: check who is asking here too before reading the
  // story, so an anonymous request never loads (or titles its redirect with) an unpublished story.
  const user = await getCurrentUser();
  if (!hasRole(user, ALL_ROLES)) return { title: t('heading') };
  const storyId = parseId(id);
  const story = storyId ? getEditableStory(storyId) : null;
  return { title: story?.translations[story.sourceLocale]?.title ?? t('heading') };
}

export default async function EditStoryPage({ params, searchParams }: Props) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const storyId = parseId(id);
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin/stories/${id}`);
  const story = storyId ? getEditableStory(storyId) : null;
  if (!story) notFound();
  const langParam = (await searchParams).lang;
  const lang = isLocale(langParam) ? langParam : story.sourceLocale;
  const translation = story.translations[lang];
  const isSource = lang === story.sourceLocale;
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'StoryAdmin' }), getTranslations({ locale, namespace: 'Languages' })]);
  const sourceTitle = story.translations[story.sourceLocale]?.title ?? '';

  return (
    <AdminShell locale={locale} user={user}>
      <p>
        <a href={`/${locale}/admin/stories`}>← {t('backToList')}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold" lang={story.sourceLocale}>
        {sourceTitle}
      </h1>
      <nav aria-label={t('versions')} className="mt-4 border-b border-gray-300">
        <ul className="flex gap-1">
          {LOCALES.map((l) => {
            const tr = story.translations[l];
            return (
              <li key={l}>
                <a
                  href={`/${locale}/admin/stories/${story.id}?lang=${l}`}
                  aria-current={l === lang ? 'page' : undefined}
                  className={`inline-block rounded-t px-4 py-2 ${l === lang ? 'border border-b-0 border-gray-300 bg-white font-semibold' : ''}`}
                >
                  {tl(l)}
                  {l === story.sourceLocale ? ` (${t('source')})` : ''}
                  {!tr ? ` — ${t('missing')}` : ''}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      {!translation ? (
        <section className="mt-6">
          <p>{t('noVersion', { language: tl(lang) })}</p>
          <div className="mt-4">
            <ActionButton
              action={startTranslationAction}
              fields={{ storyId: story.id, locale: lang, uiLocale: locale }}
              label={t('startVersion', { language: tl(lang) })}
              className="rounded bg-brand px-4 py-2 font-semibold text-white"
            />
          </div>
        </section>
      ) : (
        <>
          <div className="mt-4 flex flex-wrap items-center gap-x-4 gap-y-2 text-sm">
            <span>
              {t('status')} <StatusBadge status={effectiveStatus(translation.status, translation.publishedAt)} locale={locale} />
            </span>
            {translation.status === 'scheduled' && translation.publishedAt ? (
              <span>{t('scheduledFor', { date: formatDate(translation.publishedAt, locale) })}</span>
            ) : null}
            {translation.live && translation.live.publishedAt <= new Date() ? (
              <a href={`/${lang}/news/${translation.live.slug}`}>{t('viewLive')}</a>
            ) : null}
            {translation.hasUnpublishedChanges ? <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-950">{t('unpublishedChanges')}</span> : null}
            <a href={`/api/preview?story=${story.id}&lang=${lang}`}>{t('preview')}</a>
            <a href={`/${locale}/admin/stories/${story.id}/revisions?lang=${lang}`}>{t('revisions')}</a>
            <span className="text-gray-700">
              {t('lastSaved', { name: translation.updatedByName ?? '—', date: formatDate(translation.updatedAt, locale) })}
            </span>
          </div>
          <div className="mt-6">
            {canEditTranslation(user.role, isSource) ? (
              <StoryEditor
                key={`${translation.id}`}
                story={{ id: story.id, kind: story.kind, countries: story.countries, topics: story.topics, heroMediaId: story.heroMediaId }}
                translation={editorTranslation(translation)}
                isSource={isSource}
                transitions={availableTransitions(translation.status, user.role)}
                countryOptions={countryOptions(locale)}
                media={getMediaSummaries(editorMediaIds(story.heroMediaId, translation.body))}
                documents={getDocumentSummaries(editorDocumentIds(translation.body))}
                canManageMedia={user.role !== 'translator'}
              />
            ) : (
              <p className="rounded border border-gray-300 bg-gray-50 p-4">{t('readOnlySource')}</p>
            )}
          </div>
        </>
      )}
    </AdminShell>
  );
}
