import { describe, expect, it } from 'vitest';
import { buildIcs, escapeIcsText, foldIcsLine, type IcsEvent } from './ics';

const event = (over: Partial<IcsEvent> = {}): IcsEvent => ({
  uid: 'event-12@example.org',
  url: 'https://example.org/en/events/ministerial-conference',
  title: 'Ministerial Conference',
  description: 'The Almaty Process meets.',
  location: 'Almaty, Kazakhstan',
  startsAt: new Date('2021-06-20T04:00:00Z'),
  endsAt: new Date('2021-06-20T12:30:00Z'),
  allDay: false,
  updatedAt: new Date('2021-05-01T10:11:12.345Z'),
  locale: 'en',
  ...over,
});

const octets = (s: string) => new TextEncoder().encode(s).length;

/** A property as a calendar reads it back: name, parameters and unescaped value. */
type Property = { name: string; params: Record<string, string>; value: string };

/** Unfolds (RFC 5545 §3.1) and parses each content line, unescaping TEXT values. */
function parse(ics: string): Property[] {
  expect(ics.endsWith('\r\n')).toBe(true);
  expect(ics.replace(/\r\n/g, '')).not.toMatch(/[\r\n]/);
  const unfolded = ics.replace(/\r\n[ \t]/g, '');
  return unfolded
    .split('\r\n')
    .filter((l) => l !== '')
    .map((line) => {
      const colon = line.indexOf(':');
      const [name, ...params] = line.slice(0, colon).split(';');
      const raw = line.slice(colon + 1);
      const value = raw.replace(/\\([\\;,nN])/g, (_m, c: string) => (c === 'n' || c === 'N' ? '\n' : c));
      return { name: name!, params: Object.fromEntries(params.map((p) => p.split('=') as [string, string])), value };
    });
}
const prop = (ics: string, name: string) => parse(ics).find((p) => p.name === name);

describe('buildIcs', () => {
  it('writes one VEVENT in a publishing calendar, with CRLF line endings and UTC times', () => {
    const ics = buildIcs(event());
    expect(ics.split('\r\n').slice(0, 6)).toEqual(['BEGIN:VCALENDAR', 'PRODID:-//Newsroom//Events//EN', 'VERSION:2.0', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', 'BEGIN:VEVENT']);
    expect(ics).toContain('\r\nUID:event-12@example.org\r\n');
    expect(ics).toContain('\r\nDTSTAMP:20210501T101112Z\r\n');
    expect(ics).toContain('\r\nDTSTART:20210620T040000Z\r\n');
    expect(ics).toContain('\r\nDTEND:20210620T123000Z\r\n');
    expect(ics).toContain('\r\nSUMMARY;LANGUAGE=en:Ministerial Conference\r\n');
    expect(ics).toContain('\r\nLOCATION;LANGUAGE=en:Almaty\\, Kazakhstan\r\n');
    expect(ics).toContain('\r\nURL;VALUE=URI:https://example.org/en/events/ministerial-conference\r\n');
    expect(ics.endsWith('END:VEVENT\r\nEND:VCALENDAR\r\n')).toBe(true);
    expect(ics.match(/BEGIN:VEVENT/g)).toHaveLength(1);
    expect(ics.replace(/\r\n/g, '')).not.toContain('\n');
  });

  it('escapes backslashes, semicolons, commas and line breaks in text, and drops other control characters', () => {
    expect(escapeIcsText('a\\b;c,d\ne\r\nf\rg\u0007h')).toBe('a\\\\b\\;c\\,d\\ne\\nf\\ng' + 'h');
    const title = 'Talks; \\ "quotes", and\nnew lines';
    const ics = buildIcs(event({ title, description: 'Line one,\r\nline two; done\\' }));
    expect(ics).toContain('SUMMARY;LANGUAGE=en:Talks\\; \\\\ "quotes"\\, and\\nnew lines');
    expect(prop(ics, 'SUMMARY')!.value).toBe(title);
    expect(prop(ics, 'DESCRIPTION')!.value).toBe('Line one,\nline two; done\\');
  });

  it('cannot be made to add a property or a component through any field', () => {
    const evil = 'x\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nATTACH:https://evil.example/';
    const ics = buildIcs(event({ title: evil, description: evil, location: evil, uid: evil, url: `https://example.org/\r\nATTACH:https://evil.example/` }));
    const names = parse(ics).map((p) => p.name);
    expect(names.filter((n) => n === 'BEGIN')).toHaveLength(2);
    expect(names).not.toContain('ATTACH');
    expect(prop(ics, 'SUMMARY')!.value).toBe(evil.replace(/\r\n/g, '\n'));
  });

  it('folds long Cyrillic lines at 75 octets without splitting a character, and unfolds to the same text', () => {
    const title = 'Министерская конференция Алматинского процесса по защите беженцев и международной миграции — итоги';
    const description = `${'Участники обсудили вопросы смешанной миграции, защиты беженцев и лиц без гражданства. '.repeat(4)}🙂 конец`;
    const location = 'Казахстан, Алматы; гостиница «Достык», зал № 3';
    const ics = buildIcs(event({ title, description, location, locale: 'ru' }));
    const lines = ics.split('\r\n');
    for (const line of lines) expect(octets(line)).toBeLessThanOrEqual(75);
    // Long lines were folded: continuation lines begin with one space.
    expect(lines.filter((l) => l.startsWith(' ')).length).toBeGreaterThan(5);
    // No line starts or ends inside a character (a broken one would decode to U+FFFD).
    for (const line of lines) expect(new TextDecoder('utf-8', { fatal: true }).decode(new TextEncoder().encode(line))).toBe(line);
    expect(prop(ics, 'SUMMARY')).toEqual({ name: 'SUMMARY', params: { LANGUAGE: 'ru' }, value: title });
    expect(prop(ics, 'DESCRIPTION')!.value).toBe(description);
    expect(prop(ics, 'LOCATION')!.value).toBe(location);
  });

  it('fills each folded line up to the limit, counting the continuation space', () => {
    const line = `SUMMARY:${'ж'.repeat(100)}`;
    const folded = foldIcsLine(line).split('\r\n');
    expect(octets(folded[0]!)).toBe(74); // 'SUMMARY:' (8) + 33 × 2; one more letter would make 76
    expect(folded.slice(1, -1).every((l) => l.startsWith(' ') && octets(l) === 75)).toBe(true);
    expect(folded.map((l, i) => (i ? l.slice(1) : l)).join('')).toBe(line);
    expect(foldIcsLine('SHORT:line')).toBe('SHORT:line');
    expect(foldIcsLine(`X:${'a'.repeat(73)}`)).toBe(`X:${'a'.repeat(73)}`);
  });

  it('writes an all-day event as dates in the site’s time zone, DTEND the day after the last day', () => {
    // 20–22 June in Almaty (UTC+5), stored as midnight there: 19:00 UTC the day before.
    const ics = buildIcs(event({ allDay: true, startsAt: new Date('2021-06-19T19:00:00Z'), endsAt: new Date('2021-06-21T19:00:00Z') }));
    expect(ics).toContain('\r\nDTSTART;VALUE=DATE:20210620\r\n');
    expect(ics).toContain('\r\nDTEND;VALUE=DATE:20210623\r\n');
    // Stored as midnight UTC, the dates are the same.
    const utc = buildIcs(event({ allDay: true, startsAt: new Date('2021-06-20T00:00:00Z'), endsAt: new Date('2021-06-22T00:00:00Z') }));
    expect(prop(utc, 'DTSTART')).toEqual({ name: 'DTSTART', params: { VALUE: 'DATE' }, value: '20210620' });
    expect(prop(utc, 'DTEND')!.value).toBe('20210623');
    // Across a month and a year's end.
    expect(buildIcs(event({ allDay: true, startsAt: new Date('2021-12-31T00:00:00Z'), endsAt: null }))).toContain('DTEND;VALUE=DATE:20220101');
  });

  it('handles a missing end: none for a timed event, one day for an all-day event', () => {
    const timed = buildIcs(event({ endsAt: null }));
    expect(prop(timed, 'DTSTART')!.value).toBe('20210620T040000Z');
    expect(prop(timed, 'DTEND')).toBeUndefined();
    const day = buildIcs(event({ allDay: true, startsAt: new Date('2021-06-20T00:00:00Z'), endsAt: null }));
    expect(prop(day, 'DTSTART')!.value).toBe('20210620');
    expect(prop(day, 'DTEND')!.value).toBe('20210621');
    // An end before the start is ignored rather than written.
    expect(prop(buildIcs(event({ endsAt: new Date('2021-06-19T00:00:00Z') })), 'DTEND')).toBeUndefined();
  });

  it('leaves out an empty description or location, and a URL that is not http(s)', () => {
    const ics = buildIcs(event({ description: ' ', location: '', url: 'javascript:alert(1)' }));
    const names = parse(ics).map((p) => p.name);
    expect(names).not.toContain('DESCRIPTION');
    expect(names).not.toContain('LOCATION');
    expect(names).not.toContain('URL');
  });

  it('parses back line by line to the same values', () => {
    const e = event({ title: 'Встреча, итоги; планы', description: 'Строка 1\nСтрока 2 \\ конец', location: 'Ташкент', locale: 'ru', prodId: '-//IOM Central Asia//Newsroom//RU' });
    expect(parse(buildIcs(e))).toEqual([
      { name: 'BEGIN', params: {}, value: 'VCALENDAR' },
      { name: 'PRODID', params: {}, value: '-//IOM Central Asia//Newsroom//RU' },
      { name: 'VERSION', params: {}, value: '2.0' },
      { name: 'CALSCALE', params: {}, value: 'GREGORIAN' },
      { name: 'METHOD', params: {}, value: 'PUBLISH' },
      { name: 'BEGIN', params: {}, value: 'VEVENT' },
      { name: 'UID', params: {}, value: 'event-12@example.org' },
      { name: 'DTSTAMP', params: {}, value: '20210501T101112Z' },
      { name: 'DTSTART', params: {}, value: '20210620T040000Z' },
      { name: 'DTEND', params: {}, value: '20210620T123000Z' },
      { name: 'SUMMARY', params: { LANGUAGE: 'ru' }, value: e.title },
      { name: 'DESCRIPTION', params: { LANGUAGE: 'ru' }, value: e.description },
      { name: 'LOCATION', params: { LANGUAGE: 'ru' }, value: e.location },
      { name: 'URL', params: { VALUE: 'URI' }, value: e.url },
      { name: 'END', params: {}, value: 'VEVENT' },
      { name: 'END', params: {}, value: 'VCALENDAR' },
    ]);
  });
});
