import type { Locale } from '@/i18n/routing';

// Central Asia's offices keep UTC+5 (Almaty, Tashkent, Dushanbe, Ashgabat); dates read as there.
export const SITE_TIME_ZONE = 'Asia/Almaty';

export function formatDate(date: Date, locale: Locale): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: SITE_TIME_ZONE }).format(date);
}

/** Date and time as read in the site's time zone; to the second where it matters (the audit log). */
export function formatDateTime(date: Date, locale: Locale, { seconds = false }: { seconds?: boolean } = {}): string {
  return new Intl.DateTimeFormat(locale, { dateStyle: 'medium', timeStyle: seconds ? 'medium' : 'short', timeZone: SITE_TIME_ZONE }).format(date);
}

/** A country's name in the reader's language, from its ISO code. */
export function countryName(code: string, locale: Locale): string {
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/**
 * When an event takes place, as read in Almaty: its day or days for an all-day event ("25–26 May
 * 2021"), else its day and times ("26 May 2021, 10:00–17:30"), a range spanning days in full.
 */
export function formatEventDates(event: { startsAt: Date; endsAt: Date | null; allDay: boolean }, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions = event.allDay ? { dateStyle: 'long', timeZone: SITE_TIME_ZONE } : { dateStyle: 'long', timeStyle: 'short', timeZone: SITE_TIME_ZONE };
  const format = new Intl.DateTimeFormat(locale, options);
  if (!event.endsAt || event.endsAt.getTime() <= event.startsAt.getTime()) return format.format(event.startsAt);
  return format.formatRange(event.startsAt, event.endsAt);
}
