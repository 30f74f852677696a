import { describe, expect, it } from 'vitest';
import { parseRange, rangeStillApplies } from './http-range';

describe('parseRange', () => {
  it('reads a range from a start to an end, both included', () => {
    expect(parseRange('bytes=0-499', 1000)).toEqual({ start: 0, end: 499 });
    expect(parseRange('bytes=500-999', 1000)).toEqual({ start: 500, end: 999 });
    expect(parseRange(' bytes=7-7 ', 1000)).toEqual({ start: 7, end: 7 });
  });

  it('reads an open end as the end of the file, and cuts an end past it', () => {
    expect(parseRange('bytes=900-', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=900-5000', 1000)).toEqual({ start: 900, end: 999 });
  });

  it('reads a suffix as the last bytes, all of a shorter file', () => {
    expect(parseRange('bytes=-100', 1000)).toEqual({ start: 900, end: 999 });
    expect(parseRange('bytes=-5000', 1000)).toEqual({ start: 0, end: 999 });
  });

  it('calls a range past the end, or an empty suffix, unsatisfiable', () => {
    expect(parseRange('bytes=1000-', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=1000-1200', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=-0', 1000)).toBe('unsatisfiable');
    expect(parseRange('bytes=0-', 0)).toBe('unsatisfiable');
  });

  it('answers the whole file to no header, another unit, bad syntax, a reversed range or several ranges', () => {
    expect(parseRange(null, 1000)).toBeNull();
    expect(parseRange('', 1000)).toBeNull();
    expect(parseRange('items=0-5', 1000)).toBeNull();
    expect(parseRange('bytes=-', 1000)).toBeNull();
    expect(parseRange('bytes=abc-def', 1000)).toBeNull();
    expect(parseRange('bytes=500-100', 1000)).toBeNull();
    expect(parseRange('bytes=0-99,200-299', 1000)).toBeNull();
  });
});

describe('rangeStillApplies', () => {
  it('applies without If-Range, or when it names the current version', () => {
    expect(rangeStillApplies(null, '"abc"')).toBe(true);
    expect(rangeStillApplies('"abc"', '"abc"')).toBe(true);
  });

  it('does not apply when If-Range names another version or a date', () => {
    expect(rangeStillApplies('"old"', '"abc"')).toBe(false);
    expect(rangeStillApplies('Wed, 21 Oct 2026 07:28:00 GMT', '"abc"')).toBe(false);
  });
});
