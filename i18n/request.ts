import { getRequestConfig } from 'next-intl/server';
import { locale as rootLocale } from 'next/root-params';
import { isLocale, routing } from './routing';

export default getRequestConfig(async ({ locale: explicit, requestLocale }) => {
  // Pages read the locale from the root param; Server Actions and Route Handlers have no root
  // params and pass `locale` explicitly (getTranslations({ locale })).
  const candidate = explicit ?? (await readRootLocale()) ?? (await requestLocale);
  const locale = isLocale(candidate) ? candidate : routing.defaultLocale;
  return {
    locale,
    messages: (await import(`../messages/${locale}.json`)).default,
    timeZone: 'Asia/Almaty',
  };
});

async function readRootLocale(): Promise<string | undefined> {
  try {
    return await rootLocale();
  } catch {
    return undefined;
  }
}
