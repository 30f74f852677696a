import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { AdminShell } from '@/components/admin/admin-shell';
import { DeleteMediaButton } from '@/components/admin/delete-media-button';
import { MediaEditForm } from '@/components/admin/media-edit-form';
import { MediaUsageList } from '@/components/admin/media-usage-list';
import { ResponsiveImage } from '@/components/responsive-image';
import { getMedia } from '@/db/queries/media';
import { LOCALES } from '@/db/schema';
import { routing } from '@/i18n/routing';
import { requirePageRole } from '@/lib/authz';
import { formatCredit } from '@/lib/media/credit';
import { formatBytes } from '@/lib/media/format-bytes';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/media/[id]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  return { title: (await getTranslations({ locale, namespace: 'Media' }))('editTitle') };
}

export default async function MediaEditPage({ params }: PageProps<'/[locale]/admin/media/[id]'>) {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const user = await requirePageRole(locale, ['admin', 'editor'], `/${locale}/admin/media/${id}`);
  const mediaId = Number(id);
  const item = Number.isInteger(mediaId) && mediaId > 0 ? getMedia(mediaId) : undefined;
  if (!item) notFound();
  const [t, tl, ...byLocale] = await Promise.all([
    getTranslations({ locale, namespace: 'Media' }),
    getTranslations({ locale, namespace: 'Languages' }),
    ...LOCALES.map((l) => getTranslations({ locale: l, namespace: 'Media' })),
  ]);
  // Each locale's credit line in that locale's words, as its readers will see it.
  const credits = LOCALES.map((l, i) => {
    const words = formatCredit({ ...item.text[l], creditDate: item.creditDate }, l);
    return { locale: l, line: words && byLocale[i] ? byLocale[i]('credit', { credit: words }) : '' };
  });

  return (
    <AdminShell locale={locale} user={user}>
      <p>
        <a href={`/${locale}/admin/media`} className="underline">
          {t('back')}
        </a>
      </p>
      <h1 className="mt-4 text-3xl font-bold break-all">
        {t('editTitle')}: {item.originalName}
      </h1>
      <div className="mt-6 grid gap-8 lg:grid-cols-[2fr_3fr]">
        <div className="space-y-3">
          <ResponsiveImage image={item} alt={item.text[locale].alt} sizes="(min-width: 1024px) 40vw, 100vw" priority className="h-auto w-full" />
          <p className="text-sm text-gray-700">{t('details', { width: item.width, height: item.height, size: formatBytes(item.bytes, locale) })}</p>
          <p className="text-sm text-gray-700">{t('variants', { widths: item.variants.map((v) => `${v.width}`).join(', ') })}</p>
          {credits.map(({ locale: l, line }) =>
            line ? (
              <p key={l} lang={l} className="text-sm">
                {line}
              </p>
            ) : null,
          )}
          <section aria-labelledby="usage-heading" className="pt-4">
            <h2 id="usage-heading" className="text-xl font-semibold">
              {t('usageHeading')}
            </h2>
            {item.usages.length === 0 ? (
              <p className="mt-2">{t('unused')}</p>
            ) : (
              <MediaUsageList usages={item.usages} />
            )}
            <p className="mt-4 text-sm text-gray-700">{t('deleteHint')}</p>
            <div className="mt-2">
              <DeleteMediaButton mediaId={item.id} libraryHref={`/${locale}/admin/media`} />
            </div>
          </section>
        </div>
        <MediaEditForm
          mediaId={item.id}
          creditDate={item.creditDate ?? ''}
          text={item.text}
          languages={LOCALES.map((l) => ({ locale: l, name: tl(l) }))}
        />
      </div>
    </AdminShell>
  );
}
