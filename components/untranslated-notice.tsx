import { getTranslations } from 'next-intl/server';
import type { EntryType } from '@/db/schema';
import type { Locale } from '@/i18n/routing';

/**
 * What a reader sees where this language has no version yet: a clear word, and the version that
 * exists (its title in its own language), never a 404 or a page of mixed languages.
 */
export async function UntranslatedNotice({ locale, available, href, what = 'story' }: { locale: Locale; available: { locale: Locale; title: string }; href: string; what?: EntryType }) {
  const t = await getTranslations({ locale, namespace: 'Untranslated' });
  return (
    <section className="max-w-prose">
      <h1 className="text-3xl font-bold">{t(what === 'story' ? 'title' : `${what}Title`)}</h1>
      <p className="mt-4 text-lg">{t(what === 'story' ? 'body' : `${what}Body`)}</p>
      <p className="mt-6 text-lg">
        {/* The title is in the other language: mark it so screen readers switch voice. */}
        <a href={href} hrefLang={available.locale} className="font-semibold">
          {t.rich('readIn', {
            title: available.title,
            story: (chunks) => <span lang={available.locale}>{chunks}</span>,
          })}
        </a>
      </p>
    </section>
  );
}
