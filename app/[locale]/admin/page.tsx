import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { StatusBadge } from '@/components/admin/status-badge';
import { getDashboardLists, type DashboardItem } from '@/db/queries/admin-stories';
import { listTranslationQueue } from '@/db/queries/translations';
import { routing, type Locale } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { formatDateTime } from '@/lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('title') };
}

const DASHBOARD_TRANSLATIONS = 5;

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin`);
  const [t, tq, tl, tt] = await Promise.all([
    getTranslations({ locale, namespace: 'Dashboard' }),
    getTranslations({ locale, namespace: 'Queue' }),
    getTranslations({ locale, namespace: 'Languages' }),
    getTranslations({ locale, namespace: 'EntryTypes' }),
  ]);
  const lists = getDashboardLists(user.id);
  // What the translators have still to do, the latest change to a source first (waiting for review
  // is listed above, with the rest; the queue itself keeps the oldest first).
  const behind = listTranslationQueue()
    .filter((item) => item.reasons.some((r) => r === 'missing' || r === 'out_of_date'))
    .sort((a, b) => (b.sourceChangedAt?.getTime() ?? 0) - (a.sourceChangedAt?.getTime() ?? 0));
  const sections = [
    { key: 'myDrafts', items: lists.myDrafts, date: 'updatedAt' },
    { key: 'inReview', items: lists.inReview, date: 'updatedAt' },
    { key: 'scheduled', items: lists.scheduled, date: 'publishedAt' },
    { key: 'recentlyPublished', items: lists.recentlyPublished, date: 'publishedAt' },
  ] as const;
  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <div className="mt-6 grid gap-6 md:grid-cols-2">
        {sections.map((s) => (
          <section key={s.key} aria-labelledby={`${s.key}-heading`} className="rounded border border-gray-300 p-4">
            <h2 id={`${s.key}-heading`} className="text-xl font-semibold">
              {t(s.key)}
            </h2>
            {s.items.length === 0 ? (
              <p className="mt-2 text-gray-700">{t(`${s.key}Empty`)}</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {s.items.map((item) => (
                  <DashboardEntry key={item.id} item={item} locale={locale} date={item[s.date]} />
                ))}
              </ul>
            )}
          </section>
        ))}
        <section aria-labelledby="translations-heading" className="rounded border border-gray-300 p-4 md:col-span-2">
          <h2 id="translations-heading" className="text-xl font-semibold">
            {t('translations')}
          </h2>
          {behind.length === 0 ? (
            <p className="mt-2 text-gray-700">{t('translationsEmpty')}</p>
          ) : (
            <>
              <ul className="mt-2 space-y-2">
                {behind.slice(0, DASHBOARD_TRANSLATIONS).map((item) => (
                  <li key={`${item.storyId}-${item.targetLocale}`}>
                    <a href={`/${locale}/admin/translations/${item.storyId}/${item.targetLocale}`} lang={item.sourceLocale} className="font-semibold">
                      {item.sourceTitle}
                    </a>
                    <span className="ml-2 text-sm text-gray-700">
                      {tt(item.type)} · {tl(item.targetLocale)}: {item.reasons.filter((r) => r !== 'in_review').map((r) => tq(`reason_${r}`)).join(', ')}
                    </span>
                  </li>
                ))}
              </ul>
              <p className="mt-3">
                <a href={`/${locale}/admin/translations`} className="font-semibold">
                  {t('translationsAll', { count: behind.length })} →
                </a>
              </p>
            </>
          )}
        </section>
      </div>
      <p className="mt-6">
        <a href={`/${locale}/admin/stories`} className="font-semibold">
          {t('allStories')} →
        </a>
      </p>
    </AdminShell>
  );
}

async function DashboardEntry({ item, locale, date }: { item: DashboardItem; locale: Locale; date: Date | null }) {
  const tl = await getTranslations({ locale, namespace: 'Languages' });
  return (
    <li>
      <a href={`/${locale}/admin/stories/${item.storyId}?lang=${item.locale}`} lang={item.locale} className="font-semibold">
        {item.title}
      </a>
      <span className="ml-2 text-sm text-gray-700">
        {tl(item.locale)} · <StatusBadge status={item.status} locale={locale} />
        {date ? ` · ${formatDateTime(date, locale)}` : null}
      </span>
    </li>
  );
}
