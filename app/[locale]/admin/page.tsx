import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { StatusBadge } from '@/components/admin/status-badge';
import { getDashboardLists, type DashboardItem } from '@/db/queries/admin-stories';
import { routing, type Locale } from '@/i18n/routing';
import { ALL_ROLES, requirePageRole } from '@/lib/authz';
import { formatDateTime } from '@/lib/format';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  return { title: t('title') };
}

export default async function DashboardPage({ params }: PageProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ALL_ROLES, `/${locale}/admin`);
  const t = await getTranslations({ locale, namespace: 'Dashboard' });
  const lists = getDashboardLists(user.id);
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
