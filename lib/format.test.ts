import { describe, expect, it } from 'vitest';
import { formatDateTime } from './format';
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
