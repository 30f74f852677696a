import { describe, expect, it } from 'vitest';
import { byCountryName, countryName, eventMachineDate, formatDateTime, formatEventDates } from './format';
import { startOfSiteDay } from './time';

describe('startOfSiteDay', () => {
  it('is midnight in Almaty (UTC+5), optionally days later', () => {
    expect(startOfSiteDay('2026-03-05')?.toISOString()).toBe('2026-03-04T19:00:00.000Z');
    expect(startOfSiteDay('2026-03-05', 1)?.toISOString()).toBe('2026-03-05T19:00:00.000Z');
    expect(startOfSiteDay('2026-12-31', 1)?.toISOString()).toBe('2026-12-31T19:00:00.000Z');
  });

  it('ignores what is not a real date', () => {
    for (const bad of ['', '2026-02-30', '2026-13-01', '05.03.2026', '2026-3-5', 'x']) expect(startOfSiteDay(bad), bad).toBeUndefined();
  });
});

describe('formatDateTime', () => {
  it('writes date and time in the page language, in Almaty time', () => {
    const at = new Date('2026-03-04T23:30:15Z');
    expect(formatDateTime(at, 'en', { seconds: true })).toMatch(/Mar 5, 2026.*4:30:15/);
    expect(formatDateTime(at, 'ru', { seconds: true })).toMatch(/5 мар\.? 2026.*04:30:15/);
    expect(formatDateTime(at, 'en')).toMatch(/Mar 5, 2026.*4:30 AM/);
  });
});

describe('formatEventDates', () => {
  const d = (s: string) => new Date(s);
  // ICU puts narrow and plain no-break spaces in dates; compare them as spaces.
  const formatted = (...args: Parameters<typeof formatEventDates>) => formatEventDates(...args).replace(/[\u00a0\u202f]/g, ' ');
  it('gives an all-day event its days and a timed one its day and times, in Almaty', () => {
    expect(formatted({ startsAt: d('2021-05-24T18:00:00Z'), endsAt: d('2021-05-25T18:00:00Z'), allDay: true }, 'ru')).toBe('25–26 мая 2021 г.');
    expect(formatted({ startsAt: d('2021-05-26T04:00:00Z'), endsAt: d('2021-05-26T11:30:00Z'), allDay: false }, 'ru')).toBe('26 мая 2021 г., 10:00–17:30');
    expect(formatted({ startsAt: d('2021-05-26T04:00:00Z'), endsAt: null, allDay: false }, 'en')).toBe('May 26, 2021 at 10:00 AM');
    expect(formatted({ startsAt: d('2021-05-24T18:00:00Z'), endsAt: d('2021-05-24T18:00:00Z'), allDay: true }, 'en')).toBe('May 25, 2021');
  });

  it('ends a timed event on its last day, not at 23:59, when no end time was given', () => {
    // 10 June 2027 10:00 to 11 June 23:59 in Almaty (UTC+5).
    expect(formatted({ startsAt: d('2027-06-10T05:00:00Z'), endsAt: d('2027-06-11T18:59:00Z'), allDay: false }, 'en')).toBe('June 10, 2027 at 10:00 AM – June 11, 2027');
    expect(formatted({ startsAt: d('2027-06-10T05:00:00Z'), endsAt: d('2027-06-11T18:59:00Z'), allDay: false }, 'ru')).toBe('10 июня 2027 г. в 10:00 – 11 июня 2027 г.');
    expect(formatted({ startsAt: d('2027-06-10T05:00:00Z'), endsAt: d('2027-06-10T18:59:00Z'), allDay: false }, 'en')).toBe('June 10, 2027 at 10:00 AM');
  });
});

describe('countryName', () => {
  it('uses the names the UN uses where the browser’s differ, and the browser’s elsewhere', () => {
    expect(countryName('KG', 'ru')).toBe('Кыргызстан');
    expect(countryName('KG', 'en')).toBe('Kyrgyzstan');
    expect(countryName('KZ', 'ru')).toBe('Казахстан');
  });

  it('orders codes by their names in the reader’s language', () => {
    expect(byCountryName(['TJ', 'KG', 'AF', 'KZ'], 'ru')).toEqual(['AF', 'KZ', 'KG', 'TJ']);
    expect(byCountryName(['TJ', 'KG', 'AF', 'KZ'], 'en')).toEqual(['AF', 'KZ', 'KG', 'TJ']);
  });
});

describe('eventMachineDate', () => {
  it('gives an all-day event its day in Almaty, not the UTC instant of its midnight', () => {
    // 25 May 2021 00:00 in Almaty (UTC+6 then) is 24 May 18:00 UTC.
    expect(eventMachineDate(new Date('2021-05-24T18:00:00Z'), true)).toBe('2021-05-25');
    expect(eventMachineDate(new Date('2021-05-24T18:00:00Z'), false)).toBe('2021-05-24T18:00:00.000Z');
  });
});
