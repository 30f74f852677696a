import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { notFound, redirect } from 'next/navigation';
import { SignInForm } from '@/components/admin/sign-in-form';
import { getSiteSettings } from '@/db/queries/site-settings';
import { routing } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/authz';
import { safeCallbackUrl } from '@/lib/callback-url';

export async function generateMetadata({ params }: PageProps<'/[locale]/admin/sign-in'>): Promise<Metadata> {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'SignIn' });
  return { title: t('title') };
}

export default async function SignInPage({ params, searchParams }: PageProps<'/[locale]/admin/sign-in'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const search = await searchParams;
  const callbackUrl = safeCallbackUrl(search.callbackUrl, locale);
  if (await getCurrentUser()) redirect(callbackUrl);
  const [t, tl, tp] = await Promise.all([
    getTranslations({ locale, namespace: 'SignIn' }),
    getTranslations({ locale, namespace: 'LocaleSwitcher' }),
    getTranslations({ locale, namespace: 'SetPassword' }),
  ]);
  const other = locale === 'en' ? 'ru' : 'en';
  return (
    <main id="main" className="mx-auto w-full max-w-md flex-1 px-4 py-12">
      <p>
        <a href={`/${locale}`}>{getSiteSettings().siteName[locale]}</a>
      </p>
      <h1 className="mt-4 text-3xl font-bold">{t('title')}</h1>
      <p className="mt-2 text-gray-700">{t('intro')}</p>
      {search.passwordSet === '1' ? (
        <p role="status" className="mt-4 rounded border border-green-700 bg-green-50 p-3 text-green-900">
          {tp('done')}
        </p>
      ) : null}
      <SignInForm locale={locale} callbackUrl={callbackUrl} />
      <p className="mt-8 text-sm">
        <a href={`/${other}/admin/sign-in?callbackUrl=${encodeURIComponent(callbackUrl.replace(/^\/(en|ru)/, `/${other}`))}`} hrefLang={other} lang={other}>
          {tl(other)}
        </a>
      </p>
    </main>
  );
}
