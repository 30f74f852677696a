import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations, setRequestLocale } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { listLiveDigests } from '@/db/queries/digests';
import { routing } from '@/i18n/routing';
import { formatIssueMonth, groupByYear } from '@/lib/digests';
import { entryType } from '@/lib/entry-types';
import { localeAlternates } from '@/lib/seo';

// Served from the cache: a digest's publish revalidates it (its type's list paths), this is the safety net.
export const revalidate = 60;

export async function generateMetadata({ params }: PageProps<'/[locale]/digest'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'Digest' });
  return { title: t('title'), description: t('description'), alternates: localeAlternates(locale, { en: '/en/digest', ru: '/ru/digest' }) };
}

/** The digest's archive: every issue live in this language, by year, the newest month first. */
export default async function DigestArchivePage({ params }: PageProps<'/[locale]/digest'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  setRequestLocale(locale);
  const t = await getTranslations({ locale, namespace: 'Digest' });
  const years = groupByYear(listLiveDigests(locale));
  return (
    <>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-prose text-lg text-gray-800">{t('description')}</p>
      {years.length === 0 ? <p className="mt-6 text-gray-700">{t('empty')}</p> : null}
      {years.map(({ year, issues }) => (
        <section key={year} aria-labelledby={`year-${year}`} className="mt-8">
          <h2 id={`year-${year}`} className="border-b border-gray-200 pb-1 text-2xl font-semibold">
            {year}
          </h2>
          <ul className="mt-2">
            {issues.map((issue) => (
              <li key={issue.id} className="border-b border-gray-200 py-4 last:border-b-0">
                <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">
                  <time dateTime={issue.issueMonth}>{formatIssueMonth(issue.issueMonth, locale, { standalone: true })}</time>
                </p>
                <h3 className="mt-1 text-xl font-semibold leading-snug">
                  <a href={entryType('digest').publicPath(locale, issue.slug)}>{issue.title}</a>
                </h3>
                {issue.summary ? <p className="mt-1 max-w-prose text-gray-800">{issue.summary}</p> : null}
              </li>
            ))}
          </ul>
        </section>
      ))}
    </>
  );
}
