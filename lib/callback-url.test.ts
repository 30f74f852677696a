import { describe, expect, it } from 'vitest';
import { safeCallbackUrl } from './callback-url';

describe('safeCallbackUrl', () => {
  it('returns to an admin page of this site', () => {
    expect(safeCallbackUrl('/en/admin', 'en')).toBe('/en/admin');
    expect(safeCallbackUrl('/ru/admin/stories?status=draft', 'en')).toBe('/ru/admin/stories?status=draft');
  });

  it('falls back to the dashboard for anything that could leave the admin or the site', () => {
    for (const bad of [
      undefined,
      '',
      'https://evil.example.org/en/admin',
      '//evil.example.org',
      '/en/admin//evil.example.org',
      '/en/news',
      '/fr/admin',
      '/en/admin/sign-in',
      '/en/administrator',
      'javascript:alert(1)',
      '/en/admin/<script>',
      ['/en/admin'],
    ]) {
      expect(safeCallbackUrl(bad, 'ru'), String(bad)).toBe('/ru/admin');
    }
  });
});
