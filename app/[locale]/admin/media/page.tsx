import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { z } from 'zod';
import { AdminShell } from '@/components/admin/admin-shell';
import { MediaUploader } from '@/components/admin/media-uploader';
import { ResponsiveImage } from '@/components/responsive-image';
import { SelectField } from '@/components/ui/select-field';
import { TextField } from '@/components/ui/text-field';
import { listMedia } from '@/db/queries/media';
import { LOCALES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { formatCredit } from '@/lib/media/credit';

const filtersSchema = z.object({
  q: z.string().max(200).optional().catch(undefined),
  missingAlt: z.enum(LOCALES).optional().catch(undefined),
});

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v);

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/media'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Media' }))('title') };
}

export default async function MediaLibraryPage({ params, searchParams }: PageProps<'/[locale]/admin/media'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ['admin', 'editor'], `/${locale}/admin/media`);
  const sp = await searchParams;
  const filters = filtersSchema.parse({ q: first(sp.q) || undefined, missingAlt: first(sp.missingAlt) || undefined });
  const [t, tl] = await Promise.all([getTranslations({ locale, namespace: 'Media' }), getTranslations({ locale, namespace: 'Languages' })]);
  const items = listMedia(filters);
  const filterOptions = [{ value: '', label: t('filterAll') }, ...LOCALES.map((l) => ({ value: l, label: t('filterMissingAlt', { language: tl(l) }) }))];

  return (
    <AdminShell locale={locale} user={user}>
      <h1 className="text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 max-w-3xl text-gray-700">{t('intro')}</p>

      <section aria-labelledby="upload-heading" className="mt-8">
        <h2 id="upload-heading" className="text-xl font-semibold">
          {t('uploadHeading')}
        </h2>
        <MediaUploader />
      </section>

      <section aria-labelledby="library-heading" className="mt-10">
        <h2 id="library-heading" className="text-xl font-semibold">
          {t('searchHeading')}
        </h2>
        <form method="get" role="search" className="mt-4 flex flex-wrap items-end gap-4">
          <TextField name="q" type="search" label={t('search')} hint={t('searchHint')} defaultValue={filters.q ?? ''} className="min-w-64 flex-1" />
          <SelectField name="missingAlt" label={t('filter')} options={filterOptions} defaultValue={filters.missingAlt ?? ''} />
          <button type="submit" className="rounded border border-gray-700 px-4 py-2 font-semibold">
            {t('apply')}
          </button>
        </form>

        <p className="mt-6 text-gray-700" role="status">
          {t('count', { count: items.length })}
        </p>
        {items.length === 0 ? (
          <p className="mt-2">{t('empty')}</p>
        ) : (
          <ul className="mt-4 grid grid-cols-1 gap-6 sm:grid-cols-2 lg:grid-cols-3">
            {items.map((item) => {
              const mine = item.text[locale];
              const missing = LOCALES.filter((l) => !item.text[l].alt.trim());
              const credit = formatCredit({ ...mine, creditDate: item.creditDate }, locale);
              return (
                <li key={item.id} className="flex flex-col rounded border border-gray-300">
                  <ResponsiveImage image={item} alt={mine.alt} sizes="(min-width: 1024px) 360px, (min-width: 640px) 50vw, 100vw" className="aspect-[3/2] w-full object-cover" />
                  <div className="flex flex-1 flex-col gap-1 p-3 text-sm">
                    <p className="font-semibold break-all">{item.originalName}</p>
                    {mine.alt ? <p>{mine.alt}</p> : <p className="text-gray-700 italic">{t('noAlt')}</p>}
                    {credit ? <p className="text-gray-700">{t('credit', { credit })}</p> : null}
                    {missing.length ? <p className="text-red-800">{t('missingAltBadge', { languages: missing.map((l) => tl(l)).join(', ') })}</p> : null}
                    <a
                      href={`/${locale}/admin/media/${item.id}`}
                      aria-label={t('editItem', { name: item.originalName })}
                      className="mt-auto self-start font-semibold underline"
                    >
                      {t('edit')}
                    </a>
                  </div>
                </li>
              );
            })}
          </ul>
        )}
      </section>
    </AdminShell>
  );
}
