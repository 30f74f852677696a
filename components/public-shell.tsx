import { getTranslations } from 'next-intl/server';
import type { ReactNode } from 'react';
import type { Locale } from '@/i18n/routing';
import { SiteFooter } from './site-footer';
import { SiteHeader } from './site-header';

/** The public site's frame: skip link, header, the page's main content, footer. */
export async function PublicShell({ locale, children }: { locale: Locale; children: ReactNode }) {
  const t = await getTranslations({ locale, namespace: 'Site' });
  return (
    <>
      <a
        href="#main"
        className="sr-only bg-white px-3 py-2 text-brand focus:not-sr-only focus:absolute focus:left-2 focus:top-2 focus:z-10 print:hidden"
      >
        {t('skipToContent')}
      </a>
      <SiteHeader locale={locale} />
      <main id="main" tabIndex={-1} className="mx-auto w-full max-w-5xl flex-1 px-4 py-8">
        {children}
      </main>
      <SiteFooter locale={locale} />
    </>
  );
}
