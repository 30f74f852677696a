import { getTranslations } from 'next-intl/server';
import type { TranslationStatus } from '@/db/schema';
import { LOCALES } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { effectiveStatus } from '@/lib/workflow';

const COLORS: Record<TranslationStatus, string> = {
  draft: 'bg-gray-100 text-gray-900',
  in_review: 'bg-amber-100 text-amber-950',
  scheduled: 'bg-blue-100 text-blue-950',
  published: 'bg-green-100 text-green-950',
  archived: 'bg-gray-200 text-gray-800',
};

export async function StatusBadge({ status, locale }: { status: TranslationStatus; locale: Locale }) {
  const t = await getTranslations({ locale, namespace: 'Statuses' });
  return <span className={`inline-block rounded px-2 py-0.5 text-sm ${COLORS[status]}`}>{t(status)}</span>;
}

/**
 * An admin list's language columns: for each language, that version's status linking to its
 * editor, or `missingLabel` where the entry has no such version.
 */
export async function TranslationStatusCells({
  translations,
  href,
  locale,
  missingLabel,
}: {
  translations: Partial<Record<Locale, { status: TranslationStatus; publishedAt: Date | null }>>;
  /** The editor of one language version. */
  href: (language: Locale) => string;
  locale: Locale;
  missingLabel: string;
}) {
  const [tl, ts] = await Promise.all([getTranslations({ locale, namespace: 'Languages' }), getTranslations({ locale, namespace: 'Statuses' })]);
  return LOCALES.map((l) => {
    const tr = translations[l];
    const status = tr ? effectiveStatus(tr.status, tr.publishedAt) : null;
    return (
      <td key={l} className="py-2 pr-4">
        {status ? (
          <a href={href(l)} aria-label={`${tl(l)}: ${ts(status)}`}>
            <StatusBadge status={status} locale={locale} />
          </a>
        ) : (
          <span className="text-red-800">{missingLabel}</span>
        )}
      </td>
    );
  });
}
