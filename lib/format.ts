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

/**
 * Where the names the United Nations use differ from the browser's (CLDR's) own: Russian CLDR
 * says «Киргизия», the UN, the country itself and every text on this site «Кыргызстан».
 */
const UN_COUNTRY_NAMES: Partial<Record<Locale, Record<string, string>>> = { ru: { KG: 'Кыргызстан' } };

/** A country's name in the reader's language, from its ISO code. */
export function countryName(code: string, locale: Locale): string {
  const own = UN_COUNTRY_NAMES[locale]?.[code];
  if (own) return own;
  try {
    return new Intl.DisplayNames([locale], { type: 'region' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** Country codes in the alphabetical order of their names in the reader's language. */
export function byCountryName(codes: readonly string[], locale: Locale): string[] {
  const names = new Map(codes.map((code) => [code, countryName(code, locale)]));
  return [...codes].sort((a, b) => names.get(a)!.localeCompare(names.get(b)!, locale));
}

/**
 * The machine-readable value of an event's date (`<time datetime>`, JSON-LD): the calendar day in
 * Almaty for an all-day event (its instant, Almaty's midnight, is the day before in UTC), else
 * the instant.
 */
export function eventMachineDate(date: Date, allDay: boolean): string {
  if (!allDay) return date.toISOString();
  return new Intl.DateTimeFormat('en-CA', { timeZone: SITE_TIME_ZONE, year: 'numeric', month: '2-digit', day: '2-digit' }).format(date);
}

/**
 * When an event takes place, as read in Almaty: its day or days for an all-day event ("25–26 May
 * 2021"), else its day and times ("26 May 2021, 10:00–17:30"), a range spanning days in full.
 */
export function formatEventDates(event: { startsAt: Date; endsAt: Date | null; allDay: boolean }, locale: Locale): string {
  const options: Intl.DateTimeFormatOptions = event.allDay ? { dateStyle: 'long', timeZone: SITE_TIME_ZONE } : { dateStyle: 'long', timeStyle: 'short', timeZone: SITE_TIME_ZONE };
  const format = new Intl.DateTimeFormat(locale, options);
  if (!event.endsAt || event.endsAt.getTime() <= event.startsAt.getTime()) return format.format(event.startsAt);
  // A last day given without an end time is stored as 23:59 that day: it ends "that day", not at 23:59.
  const endClock = new Intl.DateTimeFormat('en-GB', { timeZone: SITE_TIME_ZONE, hour: '2-digit', minute: '2-digit' }).format(event.endsAt);
  if (!event.allDay && endClock === '23:59') {
    const day = new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeZone: SITE_TIME_ZONE });
    if (day.format(event.endsAt) === day.format(event.startsAt)) return format.format(event.startsAt);
    return `${format.format(event.startsAt)} – ${day.format(event.endsAt)}`;
  }
  return format.formatRange(event.startsAt, event.endsAt);
}
