import type { Metadata } from 'next';
import { hasLocale, NextIntlClientProvider } from 'next-intl';
import { getMessages } from 'next-intl/server';
import { notFound } from 'next/navigation';
import { routing } from '@/i18n/routing';
import { SITE_TIME_ZONE } from '@/lib/format';

export const metadata: Metadata = { robots: { index: false, follow: false } };

// Every admin page depends on who is signed in: rendered per request, never cached.
export const dynamic = 'force-dynamic';

const CLIENT_NAMESPACES = ['SignIn', 'Errors', 'Editor', 'StoryEditor', 'Transitions', 'Conflict', 'NewStory', 'Users', 'SetPassword', 'Glossary', 'Workspace', 'Media', 'SettingsAdmin', 'Social', 'Languages', 'Documents', 'DocumentTypes', 'DocumentPicker', 'StoryRefPicker', 'Kinds'] as const;

function pick<M extends Record<string, unknown>, K extends keyof M>(messages: M, keys: readonly K[]): Pick<M, K> {
  return Object.fromEntries(keys.map((k) => [k, messages[k]])) as Pick<M, K>;
}

export default async function AdminLayout({ children, params }: LayoutProps<'/[locale]/admin'>) {
  const { locale } = await params;
  if (!hasLocale(routing.locales, locale)) notFound();
  const messages = await getMessages({ locale });
  // Only what the admin's client components translate (form labels and error keys).
  return (
    <NextIntlClientProvider locale={locale} messages={pick(messages, CLIENT_NAMESPACES)} timeZone={SITE_TIME_ZONE}>
      {children}
    </NextIntlClientProvider>
  );
}
