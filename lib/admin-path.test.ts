import { describe, expect, it } from 'vitest';
import { adminPathIn } from './admin-path';

describe('adminPathIn: where the admin language switch lands', () => {
  it('keeps the admin page and its query, in the other language', () => {
    expect(adminPathIn('ru', 'http://localhost:3000/en/admin/stories?status=draft', 'localhost:3000')).toBe('/ru/admin/stories?status=draft');
    expect(adminPathIn('en', 'http://localhost:3000/ru/admin', 'localhost:3000')).toBe('/en/admin');
  });

  it('goes to the dashboard from another site, a public page, the sign-in page or without a referer', () => {
    expect(adminPathIn('ru', 'https://evil.example/en/admin/users', 'localhost:3000')).toBe('/ru/admin');
    expect(adminPathIn('ru', 'http://localhost:3000/en/news', 'localhost:3000')).toBe('/ru/admin');
    expect(adminPathIn('ru', 'http://localhost:3000/en/admin/sign-in?callbackUrl=x', 'localhost:3000')).toBe('/ru/admin');
    expect(adminPathIn('ru', null, 'localhost:3000')).toBe('/ru/admin');
    expect(adminPathIn('ru', 'not a url', 'localhost:3000')).toBe('/ru/admin');
  });
});
