import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';

export const metadata: Metadata = { robots: { index: false, follow: false } };

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const messages = await getMessages({ locale });
  // Only what the admin's client components translate (form labels and error keys).
  const { SignIn, Errors, Users, SetPassword } = messages;
  return (
    <NextIntlClientProvider locale={locale} messages={{ SignIn, Errors, Users, SetPassword }}>
      {children}
    </NextIntlClientProvider>
  );
}
