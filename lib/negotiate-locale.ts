import { routing, isLocale, type Locale } from '@/i18n/routing';

/**
 * The language for someone the site knows nothing else about: next-intl's locale cookie (the last
 * language they chose with the switcher, or read the admin in), else the first supported language
 * of Accept-Language
 * (by q-value), else the default.
 */
export function negotiateLocale(cookieLocale: string | undefined, acceptLanguage: string | null): Locale {
  if (isLocale(cookieLocale)) return cookieLocale;
  const ranges = (acceptLanguage ?? '')
    .split(',')
    .map((part, index) => {
      const [tag = '', ...params] = part.trim().split(';');
      const q = params.map((p) => /^\s*q=([0-9.]+)\s*$/.exec(p)?.[1]).find(Boolean);
      return { primary: tag.trim().toLowerCase().split('-')[0] ?? '', q: q === undefined ? 1 : Number(q), index };
    })
    .filter((r) => r.q > 0 && Number.isFinite(r.q))
    .sort((a, b) => b.q - a.q || a.index - b.index);
  return ranges.map((r) => r.primary).find(isLocale) ?? routing.defaultLocale;
}
