import type { Locale } from '@/i18n/routing';

/** A credit date as people know it: a year, a month or a day. */
export const CREDIT_DATE = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export function isValidCreditDate(value: string): boolean {
  const m = CREDIT_DATE.exec(value);
  if (!m) return false;
  if (!m[3]) return true;
  const d = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3])));
  return d.getUTCDate() === Number(m[3]);
}

/** "May 2021" / "май 2021", "26 May 2021" / "26 мая 2021 г.", or just the year. */
export function formatCreditDate(value: string, locale: Locale): string {
  const m = CREDIT_DATE.exec(value);
  if (!m) return value;
  const [, year, month, day] = m;
  if (!month) return year!;
  const date = new Date(Date.UTC(Number(year), Number(month) - 1, Number(day ?? 1)));
  // UN house style writes the day first in English too.
  const tag = locale === 'en' ? 'en-GB' : locale;
  if (day) return new Intl.DateTimeFormat(tag, { day: 'numeric', month: 'long', year: 'numeric', timeZone: 'UTC' }).format(date);
  // Month and year only: Russian wants the nominative month ("май 2021"), without "г.".
  const parts = new Intl.DateTimeFormat(tag, { month: 'long', year: 'numeric', timeZone: 'UTC' }).formatToParts(date);
  const monthName = parts.find((p) => p.type === 'month')?.value ?? month;
  return `${monthName} ${year}`;
}

/**
 * The words of a credit line after "Photo:": who, where, when — each only if known. Empty when
 * nothing is known, so that no bare "Photo:" is shown.
 */
export function formatCredit(credit: { creditBy: string; creditPlace: string; creditDate: string | null }, locale: Locale): string {
  return [credit.creditBy.trim(), credit.creditPlace.trim(), credit.creditDate ? formatCreditDate(credit.creditDate, locale) : '']
    .filter(Boolean)
    .join(', ');
}
