import { SITE_TIME_ZONE } from './format';

function offsetMinutes(utc: Date, timeZone: string): number {
  const parts = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone, hourCycle: 'h23', year: 'numeric', month: '2-digit', day: '2-digit', hour: '2-digit', minute: '2-digit', second: '2-digit' })
      .formatToParts(utc)
      .map((p) => [p.type, p.value]),
  );
  const asUtc = Date.UTC(Number(parts.year), Number(parts.month) - 1, Number(parts.day), Number(parts.hour), Number(parts.minute), Number(parts.second));
  return Math.round((asUtc - utc.getTime()) / 60_000);
}

/**
 * `YYYY-MM-DDTHH:mm` from a datetime-local input, read as wall-clock time in the office's time
 * zone (the people scheduling are there, whatever their browser says). Null when malformed.
 */
export function parseLocalDateTime(value: string, timeZone = SITE_TIME_ZONE): Date | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi] = m.map(Number) as [number, number, number, number, number, number];
  const naive = Date.UTC(y, mo - 1, d, h, mi);
  const check = new Date(naive);
  if (check.getUTCMonth() !== mo - 1 || check.getUTCDate() !== d || h > 23 || mi > 59) return null;
  // Two passes settle the offset across a DST change (Asia/Almaty has none today, but zones do).
  let utc = naive - offsetMinutes(new Date(naive), timeZone) * 60_000;
  utc = naive - offsetMinutes(new Date(utc), timeZone) * 60_000;
  return new Date(utc);
}

/** The value for a datetime-local input showing this instant in the office's time zone. */
export function toLocalDateTimeInput(date: Date | null, timeZone = SITE_TIME_ZONE): string {
  if (!date) return '';
  const local = new Date(date.getTime() + offsetMinutes(date, timeZone) * 60_000);
  return local.toISOString().slice(0, 16);
}

/**
 * The instant a calendar day (`YYYY-MM-DD`, as a date input sends it) begins in the office's time
 * zone, `days` later when given; undefined for anything that is not a real date.
 */
export function startOfSiteDay(isoDate: string, days = 0): Date | undefined {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(isoDate);
  if (!m || !parseLocalDateTime(`${isoDate}T00:00`)) return undefined;
  const next = new Date(Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + days));
  return parseLocalDateTime(`${next.toISOString().slice(0, 10)}T00:00`) ?? undefined;
}
