import { describe, expect, it } from 'vitest';
import { parseLocalDateTime, toLocalDateTimeInput } from './time';

describe('office-time date inputs', () => {
  it('reads a datetime-local value as Almaty time (UTC+5)', () => {
    expect(parseLocalDateTime('2026-05-26T09:30')?.toISOString()).toBe('2026-05-26T04:30:00.000Z');
    expect(toLocalDateTimeInput(new Date('2026-05-26T04:30:00Z'))).toBe('2026-05-26T09:30');
  });

  it('follows daylight saving in zones that have it', () => {
    expect(parseLocalDateTime('2026-07-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-07-01T10:00:00.000Z');
    expect(parseLocalDateTime('2026-01-01T12:00', 'Europe/Berlin')?.toISOString()).toBe('2026-01-01T11:00:00.000Z');
  });

  it('refuses malformed or impossible values', () => {
    for (const bad of ['', '2026-02-30T10:00', '2026-01-01 10:00', '2026-01-01T24:00', 'tomorrow']) expect(parseLocalDateTime(bad), bad).toBeNull();
  });
});
