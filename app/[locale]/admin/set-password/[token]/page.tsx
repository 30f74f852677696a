import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { connection } from 'next/server';
import { SetPasswordForm } from '@/components/admin/set-password-form';
import { getUsablePasswordLink } from '@/db/queries/users';
import { getSiteSettings } from '@/db/queries/site-settings';
import { routing } from '@/i18n/routing';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/set-password/[token]'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'SetPassword' });
  // The token is in the address: never send it on in a Referer header.
  return { title: t('title'), referrer: 'no-referrer' };
}

/**
 * Public: whoever holds an unused, unexpired link may set that account's password. Opening the
 * page spends nothing (link previews and scanners open links too); only the form does.
 */
export default async function SetPasswordPage({ params }: PageProps<'/[locale]/admin/set-password/[token]'>) {
  const { locale, token } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  // Read per request, never baked in: the answer changes once the link is used or expires.
  await connection();
  const t = await getTranslations({ locale, namespace: 'SetPassword' });
  const link = getUsablePasswordLink(token);
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-12">
      <p>
        <a href={`/${locale}`}>{getSiteSettings().siteName[locale]}</a>
      </p>
      {link ? (
        <>
          <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
          <p className="mt-2 text-gray-700">{t('intro', { email: link.email })}</p>
          <SetPasswordForm token={token} locale={locale} />
        </>
      ) : (
        <>
          <h1 className="mt-4 text-3xl font-bold">{t('expiredTitle')}</h1>
          <p className="mt-2">{t('expiredBody')}</p>
          <p className="mt-6">
            <a href={`/${locale}/admin/sign-in`}>{t('signIn')}</a>
          </p>
        </>
      )}
    </main>
  );
}
