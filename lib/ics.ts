import type { Locale } from '@/i18n/routing';
import { SITE_TIME_ZONE } from './format';

/** What one event's calendar file says. */
export type IcsEvent = {
  /** Globally unique and stable for the event across updates, e.g. `event-12@example.org`. */
  uid: string;
  /** The event's public page (absolute http(s) URL); left out when it is anything else. */
  url: string;
  title: string;
  description: string;
  location: string;
  startsAt: Date;
  /** Null: a timed event with no end given (none is written), or an all-day event of one day. */
  endsAt: Date | null;
  /** Whole days: the dates in the site's time zone, as `VALUE=DATE`; the end date is inclusive. */
  allDay: boolean;
  /** When the event last changed (DTSTAMP): calendars use it to tell a newer copy. */
  updatedAt: Date;
  /** The language of the title, description and location (their LANGUAGE parameter). */
  locale: Locale;
  /** The product that made the file; default `-//Newsroom//Events//EN`. */
  prodId?: string;
  /** The zone whose calendar dates an all-day event's dates are; default the site's. */
  timeZone?: string;
};

const CRLF = '\r\n';
/** RFC 5545 §3.1: lines SHOULD NOT be longer than 75 octets, excluding the line break. */
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** RFC 5545 §3.3.11 TEXT: backslash, semicolon, comma and line breaks escaped; other control characters dropped. */
export function escapeIcsText(value: string): string {
  return value
    .replace(/\r\n?/g, '\n')
    .replace(/[\\;,\n]/g, (c) => (c === '\n' ? '\\n' : `\\${c}`))
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): a line break and one space before each
 * continuation, counting UTF-8 bytes and never cutting a character (Cyrillic letters are two
 * bytes, emoji four) — the space of a continuation counts towards its 75.
 */
export function foldIcsLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = MAX_OCTETS;
  for (const char of line) {
    const size = encoder.encode(char).length;
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = MAX_OCTETS - 1;
    }
    current += char;
    octets += size;
  }
  parts.push(current);
  return parts.join(`${CRLF} `);
}

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

/** `20210620T060000Z`. */
export function icsDateTime(date: Date): string {
  return `${date.getUTCFullYear()}${pad(date.getUTCMonth() + 1)}${pad(date.getUTCDate())}T${pad(date.getUTCHours())}${pad(date.getUTCMinutes())}${pad(date.getUTCSeconds())}Z`;
}

/** The calendar date of `date` in `timeZone`, as [year, month, day]. */
function calendarDate(date: Date, timeZone: string): [number, number, number] {
  const parts = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).formatToParts(date);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return [get('year'), get('month'), get('day')];
}

/** `20210620`, `days` after the calendar date of `date` in `timeZone`. */
function icsDate(date: Date, timeZone: string, days = 0): string {
  const [y, m, d] = calendarDate(date, timeZone);
  const day = new Date(Date.UTC(y, m - 1, d + days));
  return `${day.getUTCFullYear()}${pad(day.getUTCMonth() + 1)}${pad(day.getUTCDate())}`;
}

/** A URI value may hold no line break or space; only http(s) is given to calendars. */
function safeUrl(value: string): string | null {
  try {
    const url = new URL(value.trim());
    return url.protocol === 'http:' || url.protocol === 'https:' ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * One event as an iCalendar file (RFC 5545) with one VEVENT, for the event page's `.ics`
 * download (serve it as `text/calendar; charset=utf-8`). Times are written in UTC; an all-day
 * event's dates are the calendar dates in the site's time zone, its DTEND the day after the last.
 */
export function buildIcs(event: IcsEvent): string {
  const lang = `LANGUAGE=${event.locale}`;
  const zone = event.timeZone ?? SITE_TIME_ZONE;
  const lines = ['BEGIN:VCALENDAR', `PRODID:${escapeIcsText(event.prodId ?? '-//Newsroom//Events//EN')}`, 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT'];
  lines.push(`UID:${escapeIcsText(event.uid)}`, `DTSTAMP:${icsDateTime(event.updatedAt)}`);
  if (event.allDay) {
    const end = event.endsAt && event.endsAt.getTime() > event.startsAt.getTime() ? event.endsAt : event.startsAt;
    lines.push(`DTSTART;VALUE=DATE:${icsDate(event.startsAt, zone)}`, `DTEND;VALUE=DATE:${icsDate(end, zone, 1)}`);
  } else {
    lines.push(`DTSTART:${icsDateTime(event.startsAt)}`);
    if (event.endsAt && event.endsAt.getTime() >= event.startsAt.getTime()) lines.push(`DTEND:${icsDateTime(event.endsAt)}`);
  }
  lines.push(`SUMMARY;${lang}:${escapeIcsText(event.title)}`);
  if (event.description.trim()) lines.push(`DESCRIPTION;${lang}:${escapeIcsText(event.description)}`);
  if (event.location.trim()) lines.push(`LOCATION;${lang}:${escapeIcsText(event.location)}`);
  const url = safeUrl(event.url);
  if (url) lines.push(`URL;VALUE=URI:${url}`);
  lines.push('END:VEVENT', 'END:VCALENDAR');
  return lines.map(foldIcsLine).join(CRLF) + CRLF;
}
