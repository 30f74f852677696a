import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { ActionButton } from '@/components/admin/action-button';
import { AdminShell } from '@/components/admin/admin-shell';
import { TextDiff } from '@/components/admin/text-diff';
import { getEditableEntry, getRevision, listRevisions } from '@/db/queries/admin-stories';
import type { EntryType, TranslationSnapshot } from '@/db/schema';
import { isLocale, routing } from '@/i18n/routing';
import { restoreRevisionAction } from '@/lib/actions/restore-revision';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { diffBlocks } from '@/lib/block-diff';
import { entryType } from '@/lib/entry-types';
import { getDocumentSummaries } from '@/db/queries/documents';
import { getMediaSummaries } from '@/db/queries/media';
import { bodyDocumentIds, bodyMediaIds } from '@/lib/rich-text';
import { formatDateTime } from '@/lib/format';
import { storyRefTitles } from '@/lib/story-refs/names';
import { canEditTranslation } from '@/lib/workflow';
import { TableScroll } from '@/components/ui/table-scroll';

type Props = PageProps<'/[locale]/admin/stories/[id]/revisions'>;

const FIELDS = ['title', 'slug', 'summary', 'dateline', 'seoTitle', 'seoDescription', 'publishedAt', 'kind', 'countries', 'topics', 'hero', 'featured', 'parent', 'position', 'event', 'country', 'digest'] as const;
type Field = (typeof FIELDS)[number];

/** An image as a revision names it: its file name, or its number once deleted from the library. */
type ImageName = (mediaId: number | null | undefined) => string;

/** The words a snapshot's shared details are told in, in the admin's language. */
type Words = { allDay: string; online: string; almatyProcess: string; mission: string };

function fieldText(s: TranslationSnapshot, field: Field, imageName: ImageName, words: Words): string {
  switch (field) {
    case 'hero':
      return imageName(s.shared?.heroMediaId);
    case 'kind':
      return s.shared?.kind ?? '';
    case 'countries':
      return (s.shared?.countries ?? []).join(', ');
    case 'topics':
      return (s.shared?.topics ?? []).join(', ');
    case 'featured':
      return s.shared?.featured ? '✓' : '';
    case 'parent':
      return s.shared?.page?.parentId ? `#${s.shared.page.parentId}` : '';
    case 'position':
      return s.shared?.page ? String(s.shared.page.position) : '';
    case 'event': {
      const e = s.shared?.event;
      return e ? [e.startsAt, e.endsAt ?? '', e.allDay ? words.allDay : '', e.countryCode ?? words.online, e.almatyProcess ? words.almatyProcess : ''].filter(Boolean).join(' · ') : '';
    }
    case 'country': {
      const c = s.shared?.country;
      return c ? [c.countryCode, c.membership ?? '', c.hasMission ? words.mission : '', c.email, c.phone].filter(Boolean).join(' · ') : '';
    }
    case 'digest':
      return s.shared?.digest?.issueMonth ?? '';
    case 'publishedAt':
      return s.publishedAt ?? '';
    default:
      return s[field];
  }
}

function idParam(value: string | string[] | undefined): number | null {
  return typeof value === 'string' && /^[1-9]\d{0,9}$/.test(value) ? Number(value) : null;
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Revisions' }))('title') };
}

export default async function RevisionsPage(props: Props) {
  return EntryRevisionsPage(props, 'story');
}

/** One entry's revisions, whatever its type (`/admin/stories/{id}/revisions`, `/admin/pages/{id}/revisions`). */
export async function EntryRevisionsPage({ params, searchParams }: { params: Promise<{ locale: string; id: string }>; searchParams: Props['searchParams'] }, type: EntryType) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const storyId = idParam(id);
  const user = await requirePageRole(locale, ALL_ROLES, `${entryType(type).editPath(locale, storyId ?? 0)}/revisions`);
  const story = storyId ? getEditableEntry(storyId, type) : null;
  if (!story) notFound();
  const sp = await searchParams;
  const lang = isLocale(sp.lang) ? sp.lang : story.sourceLocale;
  const translation = story.translations[lang];
  if (!translation) notFound();
  const revs = listRevisions(translation.id);
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'Revisions' }), getTranslations({ locale, namespace: 'Languages' })]);

  // Compare the chosen pair, or by default the latest with the one before it.
  const bId = idParam(sp.b) ?? revs[0]?.id ?? null;
  const aId = idParam(sp.a) ?? revs[1]?.id ?? null;
  const a = aId ? getRevision(translation.id, aId) : null;
  const b = bId ? getRevision(translation.id, bId) : null;
  const [older, newer] = a && b && a.version > b.version ? [b, a] : [a, b];
  const canRestore = canEditTranslation(user.role, lang === story.sourceLocale) && user.role !== 'translator';
  const labels = { removedLabel: t('removed'), addedLabel: t('added') };
  const words: Words = { allDay: t('allDay'), online: t('online'), almatyProcess: t('almatyProcess'), mission: t('mission') };
  const bodyChanges = older && newer ? diffBlocks(older.snapshot.body, newer.snapshot.body).filter((c) => c.change !== 'unchanged') : [];
  const snapshots = [older?.snapshot, newer?.snapshot].filter((x): x is TranslationSnapshot => Boolean(x));
  const names = new Map(
    getMediaSummaries(snapshots.flatMap((x) => [...(x.shared?.heroMediaId ? [x.shared.heroMediaId] : []), ...bodyMediaIds(x.body)])).map((m) => [m.id, m.name]),
  );
  const imageName: ImageName = (id) => (id ? t('image', { name: names.get(id) ?? t('imageDeleted', { id }) }) : '');
  const documentTitles = new Map(getDocumentSummaries(snapshots.flatMap((x) => bodyDocumentIds(x.body))).map((d) => [d.id, d.title[lang]]));
  const documentName = (id: number | null) => (id ? t('document', { title: documentTitles.get(id) ?? t('documentDeleted', { id }) }) : '');
  const storyTitles = storyRefTitles(snapshots.map((x) => x.body), lang);
  const storyRefName = (id: number | null) => (id ? t('storyRef', { title: storyTitles.get(id) ?? t('storyRefDeleted', { id }) }) : '');

  return (
    <AdminShell locale={locale} user={user}>
      <p>
        <a href={entryType(story.type).editPath(locale, story.id, lang)}>← {t('back')}</a>
      </p>
      <h1 className="mt-2 text-3xl font-bold">{t('heading', { language: tl(lang) })}</h1>
      <p className="mt-1 text-lg" lang={lang}>
        {translation.title}
      </p>

      {/* The compare radios belong to this form through their form attribute: a table row also
          holds a restore form, and forms cannot nest. */}
      <form id="compare" method="get" />
      <div className="mt-6">
        <input type="hidden" name="lang" value={lang} form="compare" />
        <TableScroll>
          <table className="w-full border-collapse text-left text-sm">
            <caption className="sr-only">{t('caption')}</caption>
            <thead>
              <tr className="border-b-2 border-gray-300">
                <th scope="col" className="py-2 pr-3">{t('colVersion')}</th>
                <th scope="col" className="py-2 pr-3">{t('colWhen')}</th>
                <th scope="col" className="py-2 pr-3">{t('colWho')}</th>
                <th scope="col" className="py-2 pr-3">{t('colNote')}</th>
                <th scope="col" className="py-2 pr-3">{t('colFrom')}</th>
                <th scope="col" className="py-2 pr-3">{t('colTo')}</th>
                <th scope="col" className="py-2"><span className="sr-only">{t('colActions')}</span></th>
              </tr>
            </thead>
            <tbody>
              {revs.map((r, i) => (
                <tr key={r.id} className="border-b border-gray-200 align-top">
                  <th scope="row" className="py-2 pr-3 font-normal">
                    {t('version', { version: r.version })}
                    {r.live ? <span className="ml-2 rounded bg-green-100 px-1.5 text-green-950">{t('live')}</span> : null}
                  </th>
                  <td className="py-2 pr-3">{formatDateTime(r.updatedAt, locale)}</td>
                  <td className="py-2 pr-3">{r.authorName ?? '—'}</td>
                  <td className="py-2 pr-3">
                    {r.note}
                    {r.autosave ? <span className="text-gray-700"> {t('autosave')}</span> : null}
                    {r.restoredFromVersion ? <span className="text-gray-700"> {t('restoredFrom', { version: r.restoredFromVersion })}</span> : null}
                  </td>
                  <td className="py-2 pr-3">
                    <input type="radio" name="a" form="compare" value={r.id} defaultChecked={r.id === aId} aria-label={t('compareFrom', { version: r.version })} />
                  </td>
                  <td className="py-2 pr-3">
                    <input type="radio" name="b" form="compare" value={r.id} defaultChecked={r.id === bId} aria-label={t('compareTo', { version: r.version })} />
                  </td>
                  <td className="py-2">
                    {canRestore && i > 0 ? (
                      <ActionButton
                        action={restoreRevisionAction}
                        fields={{ translationId: translation.id, revisionId: r.id, baseVersion: translation.version }}
                        label={t('restore', { version: r.version })}
                      />
                    ) : null}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
        <button type="submit" form="compare" className="mt-3 rounded bg-gray-800 px-3 py-1.5 font-semibold text-white">{t('compare')}</button>
      </div>

      {older && newer && older.id !== newer.id ? (
        <section aria-labelledby="diff-heading" className="mt-8">
          <h2 id="diff-heading" className="text-2xl font-bold">
            {t('diffHeading', { from: older.version, to: newer.version })}
          </h2>
          <dl className="mt-4 space-y-3">
            {FIELDS.filter((f) => fieldText(older.snapshot, f, imageName, words) !== fieldText(newer.snapshot, f, imageName, words)).map((f) => (
              <div key={f}>
                <dt className="font-semibold">{t(`field_${f}`)}</dt>
                <dd className="mt-1 rounded border border-gray-200 p-2" lang={lang}>
                  <TextDiff before={fieldText(older.snapshot, f, imageName, words)} after={fieldText(newer.snapshot, f, imageName, words)} {...labels} />
                </dd>
              </div>
            ))}
          </dl>
          <h3 className="mt-6 text-xl font-semibold">{t('field_body')}</h3>
          <ol className="mt-2 space-y-2" lang={lang}>
            {bodyChanges.map((c) => (
                <li key={c.id} className="rounded border border-gray-200 p-2">
                  <p className="text-sm font-semibold text-gray-700">{t(c.image ? `image_${c.change}` : c.document ? `document_${c.change}` : c.storyRef ? `storyRef_${c.change}` : `block_${c.change}`)}</p>
                  {c.storyRef ? (
                    <TextDiff before={storyRefName(c.storyRef.before)} after={storyRefName(c.storyRef.after)} {...labels} />
                  ) : c.document ? (
                    <TextDiff before={documentName(c.document.before)} after={documentName(c.document.after)} {...labels} />
                  ) : c.image ? (
                    <TextDiff before={imageName(c.image.before)} after={imageName(c.image.after)} {...labels} />
                  ) : (
                    <TextDiff before={c.before ?? ''} after={c.after ?? ''} {...labels} />
                  )}
                </li>
              ))}
          </ol>
          {bodyChanges.length === 0 ? <p className="mt-2">{t('bodySame')}</p> : null}
        </section>
      ) : null}
    </AdminShell>
  );
}
