import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** Plain links with rel prev/next, so paging works without JavaScript. */
export async function Pagination({ locale, basePath, page, pageCount }: { locale: Locale; basePath: string; page: number; pageCount: number }) {
  if (pageCount <= 1) return null;
  const t = await getTranslations({ locale, namespace: 'News' });
  const href = (p: number) => (p === 1 ? basePath : `${basePath}?page=${p}`);
  return (
    <nav aria-label={t('pagination')} className="mt-8 flex flex-wrap items-center justify-between gap-3">
      {page > 1 ? (
        <a href={href(page - 1)} rel="prev">
          ← {t('previous')}
        </a>
      ) : (
        <span />
      )}
      <span className="text-gray-700">{t('pageOf', { page, count: pageCount })}</span>
      {page < pageCount ? (
        <a href={href(page + 1)} rel="next">
          {t('next')} →
        </a>
      ) : (
        <span />
      )}
    </nav>
  );
}
