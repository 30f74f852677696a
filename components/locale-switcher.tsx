'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';

type Props = { current: Locale; label: string; names: Record<Locale, string> };

/**
 * Links to the same path in each other locale. Story slugs differ per locale: the story page
 * resolves a foreign slug to its own translation (or to the "not yet translated" page).
 * Plain links, rendered on the server, so it works without JavaScript.
 */
export function LocaleSwitcher({ current, label, names }: Props) {
  const pathname = usePathname() ?? `/${current}`;
  const rest = pathname.replace(/^\/(en|ru)(?=\/|$)/, '');
  return (
    <nav aria-label={label}>
      <ul className="flex gap-3 text-sm">
        {(Object.keys(names) as Locale[]).map((locale) => (
          <li key={locale}>
            {locale === current ? (
              <span aria-current="true" lang={locale} className="font-semibold">
                {names[locale]}
              </span>
            ) : (
              <a href={`/${locale}${rest}`} hrefLang={locale} lang={locale} className="underline">
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
