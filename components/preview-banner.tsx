import { getTranslations } from 'next-intl/server';
import type { Locale } from '@/i18n/routing';

/** Says a page shows a working copy (staff in draft mode), with the way back to its editor. */
export async function PreviewBanner({ locale, back }: { locale: Locale; back: string }) {
  const t = await getTranslations({ locale, namespace: 'Preview' });
  return (
    <div role="note" aria-label={t('label')} className="mb-6 rounded border-2 border-dashed border-amber-600 bg-amber-50 p-4">
      <p className="font-bold">{t('title')}</p>
      <p className="mt-1">{t('body')}</p>
      <p className="mt-2">
        <a href={`/api/preview/exit?lang=${locale}&to=${encodeURIComponent(back)}`}>{t('exit')}</a>
      </p>
    </div>
  );
}
