import { getTranslations } from 'next-intl/server';
import { ActionButton } from '@/components/admin/action-button';
import { StatusBadge } from '@/components/admin/status-badge';
import { StoryEditor } from '@/components/admin/story-editor';
import { countryOptions, editorDocumentIds, editorMediaIds, editorTranslation } from '@/components/admin/story-editor-props';
import type { EditableStory } from '@/db/queries/admin-stories';
import { getDocumentSummaries } from '@/db/queries/documents';
import { getMediaSummaries } from '@/db/queries/media';
import { listPageParentOptions } from '@/db/queries/pages';
import { LOCALES } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { startTranslationAction } from '@/lib/actions/start-translation';
import type { CurrentUser } from '@/lib/authz';
import { entryType } from '@/lib/entry-types';
import { formatDate, formatDateTime } from '@/lib/format';
import { availableTransitions, canEditTranslation, effectiveStatus } from '@/lib/workflow';

const BACK_TO = { story: 'backToList', page: 'backToPages', event: 'backToEvents', country: 'backToCountries', digest: 'backToDigests' } as const;

/**
 * One entry's editor, whatever its type: a tab per language, the version's status and links,
 * and the editor itself (or why this person cannot edit it). The story and page routes render it.
 */
export async function EntryEditView({ locale, user, entry, lang }: { locale: Locale; user: CurrentUser; entry: EditableStory; lang: Locale }) {
  const translation = entry.translations[lang];
  const isSource = lang === entry.sourceLocale;
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'StoryAdmin' }), getTranslations({ locale, namespace: 'Languages' })]);
  const sourceTitle = entry.translations[entry.sourceLocale]?.title ?? '';
  const d = entryType(entry.type);

  return (
    <>
      <p>
        <a href={d.adminListPath(locale)}>← {t(BACK_TO[entry.type])}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold" lang={entry.sourceLocale}>
        {sourceTitle}
      </h1>
      <nav aria-label={t('versions')} className="mt-4 border-b border-gray-300">
        <ul className="flex gap-1">
          {LOCALES.map((l) => {
            const tr = entry.translations[l];
            return (
              <li key={l}>
                <a
                  href={d.editPath(locale, entry.id, l)}
                  aria-current={l === lang ? 'page' : undefined}
                  className={`inline-block rounded-t px-4 py-2 ${l === lang ? 'border border-b-0 border-gray-300 bg-white font-semibold' : ''}`}
                >
                  {tl(l)}
                  {l === entry.sourceLocale ? ` (${t('source')})` : ''}
                  {!tr ? ` — ${t('missing')}` : ''}
                </a>
              </li>
            );
          })}
        </ul>
      </nav>

      {!translation ? (
        <section className="mt-6">
          <p>{t('noVersion', { language: lang })}</p>
          <div className="mt-4">
            <ActionButton
              action={startTranslationAction}
              fields={{ storyId: entry.id, locale: lang, uiLocale: locale }}
              label={t('startVersion', { language: lang })}
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
              <span>{t('scheduledFor', { date: formatDateTime(translation.publishedAt, locale) })}</span>
            ) : null}
            {translation.live && translation.live.publishedAt <= new Date() ? <a href={d.publicPath(lang, translation.live.slug)}>{t('viewLive')}</a> : null}
            {entry.type === 'digest' && translation.live && translation.live.publishedAt <= new Date() ? (
              // The live issue for the mailing tool (app/[locale]/(public)/digest/[slug]/email.html).
              <a href={`${d.publicPath(lang, translation.live.slug)}/email.html`}>{t('emailHtml')}</a>
            ) : null}
            {translation.hasUnpublishedChanges ? <span className="rounded bg-amber-100 px-2 py-0.5 text-amber-950">{t('unpublishedChanges')}</span> : null}
            <a href={`/api/preview?story=${entry.id}&lang=${lang}`}>{t('preview')}</a>
            <a href={`${d.editPath(locale, entry.id)}/revisions?lang=${lang}`}>{t('revisions')}</a>
            <span className="text-gray-700">
              {t('lastSaved', { name: translation.updatedByName ?? '—', date: formatDate(translation.updatedAt, locale) })}
            </span>
          </div>
          <div className="mt-6">
            {canEditTranslation(user.role, isSource) ? (
              <StoryEditor
                key={`${translation.id}`}
                story={{
                  id: entry.id,
                  type: entry.type,
                  kind: entry.kind,
                  countries: entry.countries,
                  topics: entry.topics,
                  heroMediaId: entry.heroMediaId,
                  featured: entry.featured,
                  page: entry.page ? { parentId: entry.page.parentId, position: entry.page.position, parentOptions: listPageParentOptions(entry.id, entry.page.section, locale) } : null,
                  details: entry.details,
                  translatedFields: d.translatedFields,
                  dateline: d.dateline,
                }}
                translation={editorTranslation(translation)}
                isSource={isSource}
                transitions={availableTransitions(translation.status, user.role)}
                countryOptions={countryOptions(locale)}
                media={getMediaSummaries(editorMediaIds(entry.heroMediaId, translation.body))}
                documents={getDocumentSummaries(editorDocumentIds(translation.body))}
                canManageMedia={user.role !== 'translator'}
                liveUnchanged={Boolean(translation.live) && !translation.hasUnpublishedChanges}
              />
            ) : (
              <p className="rounded border border-gray-300 bg-gray-50 p-4">{t('readOnlySource')}</p>
            )}
          </div>
        </>
      )}
    </>
  );
}
