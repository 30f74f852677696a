import type { Locale } from '@/i18n/routing';

/** A same-site admin path to return to after signing in, or the dashboard. */
export function safeCallbackUrl(value: unknown, locale: Locale): string {
  const fallback = `/${locale}/admin`;
  if (typeof value !== 'string') return fallback;
  return /^\/(en|ru)\/admin(?:\/[A-Za-z0-9\-._~%/]*)?(?:\?[A-Za-z0-9\-._~%=&+]*)?$/.test(value) &&
    !value.includes('//') &&
    !/\/admin\/sign-in/.test(value)
    ? value
    : fallback;
}
