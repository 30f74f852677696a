import { describe, expect, it } from 'vitest';
import { telHref } from './contact';

describe('telHref', () => {
  it('dials the digits of a number written with spaces, brackets and dashes, keeping its plus', () => {
    expect(telHref('+7 (727) 258-26-43')).toBe('tel:+77272582643');
    expect(telHref(' 8 800 100 00 00 ')).toBe('tel:88001000000');
  });

  it('gives no link for a number with nothing to dial', () => {
    expect(telHref('')).toBeNull();
    expect(telHref('ask the office')).toBeNull();
    expect(telHref('+1')).toBeNull();
  });
});
