import { getTranslations } from 'next-intl/server';
import type { TranslationStatus } from '@/db/schema';
import type { Locale } from '@/i18n/routing';

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
