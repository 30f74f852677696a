'use client';

import { usePathname } from 'next/navigation';
import type { Locale } from '@/i18n/routing';

type Props = { current: Locale; label: string; names: Record<Locale, string> };

/**
 * The language a reader chose, for `/` (and `/admin` before sign-in) next time: next-intl's cookie,
 * which the proxy reads when it negotiates. The proxy no longer runs on pages under a language
 * (they are served from the cache untouched, with no Set-Cookie), so the choice made here is
 * written here, as next-intl's own client-side switch does. Same name and attributes as
 * next-intl's (a session cookie, path /, SameSite=Lax).
 */
function rememberLocale(locale: Locale) {
  document.cookie = `NEXT_LOCALE=${locale}; path=/; samesite=lax`;
}

/**
 * The page's filters and search words (`?country=KZ&q=…`) go along to the other language, which
 * has the same ones; the page number does not (the other language has its own count of pages).
 * Read at the click, not rendered: a search-param hook would make every cached page render per
 * request.
 */
export function carriedQuery(search: string): string {
  const params = new URLSearchParams(search);
  params.delete('page');
  const query = params.toString();
  return query ? `?${query}` : '';
}

/**
 * Links to the same path in each other locale. Story slugs differ per locale: the story page
 * resolves a foreign slug to its own translation (or to the "not yet translated" page).
 * Plain links, rendered on the server, so it works without JavaScript (the choice is then not
 * remembered for `/`, which falls back to Accept-Language, and the filters stay behind).
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
              <a
                href={`/${locale}${rest}`}
                hrefLang={locale}
                lang={locale}
                className="underline"
                onClick={(e) => {
                  rememberLocale(locale);
                  e.currentTarget.href = `/${locale}${rest}${carriedQuery(window.location.search)}`;
                }}
              >
                {names[locale]}
              </a>
            )}
          </li>
        ))}
      </ul>
    </nav>
  );
}
