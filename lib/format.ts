import type { Locale } from '@/i18n/routing';

// Central Asia's offices keep UTC+5 (Almaty, Tashkent, Dushanbe, Ashgabat); dates read as there.
export const SITE_TIME_ZONE = 'Asia/Almaty';

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: SITE_TIME_ZONE }).format(date);
}

/** A country's name in the reader's language, from its ISO code. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Date and time to the second, as read in the site's time zone (audit entries). */
export function formatDateTime(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: 'medium', timeZone: SITE_TIME_ZONE }).format(date);
}

/** The site time zone's offset from UTC at an instant, in milliseconds. */
function siteZoneOffset(at: number): number {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone: SITE_TIME_ZONE,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
  }).formatToParts(at);
  const part = (type: Intl.DateTimeFormatPartTypes) => Number(parts.find((p) => p.type === type)?.value);
  const asUtc = Date.UTC(part('year'), part('month') - 1, part('day'), part('hour'), part('minute'), part('second'));
  return asUtc - Math.floor(at / 1000) * 1000;
}

/**
 * The instant a calendar day (`YYYY-MM-DD`, as a date input sends it) begins in the site's time
 * zone, `days` later when given; undefined for anything that is not a real date.
 */
export function startOfSiteDay(isoDate: string, days = 0): Date | undefined {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!match) return undefined;
  const [y, m, d] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const midnightUtc = Date.UTC(y, m - 1, d + days);
  const check = new Date(Date.UTC(y, m - 1, d));
  if (check.getUTCFullYear() !== y || check.getUTCMonth() !== m - 1 || check.getUTCDate() !== d) return undefined;
  return new Date(midnightUtc - siteZoneOffset(midnightUtc - siteZoneOffset(midnightUtc)));
}
