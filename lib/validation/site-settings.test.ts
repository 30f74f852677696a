import { describe, expect, it } from 'vitest';
import { DEFAULT_SITE_SETTINGS, nestSiteSettingsForm, siteSettingsInputSchema, toSiteSettingsValue } from './site-settings';

function form(overrides: Record<string, string> = {}): Record<string, string> {
  return {
    version: '3',
    'siteName.en': 'Newsroom',
    'siteName.ru': 'Пресс-центр',
    'tagline.en': 'News',
    'tagline.ru': 'Новости',
    'footerText.en': 'Footer',
    'footerText.ru': 'Подвал',
    donateUrl: '',
    'social.x': '',
    ...overrides,
  };
}
const parse = (overrides?: Record<string, string>) => siteSettingsInputSchema.safeParse(nestSiteSettingsForm(form(overrides)));

describe('site settings validation', () => {
  it('accepts the flat form and stores only the social links given', () => {
    const result = parse({ 'social.telegram': 'https://t.me/example' });
    expect(result.success).toBe(true);
    expect(toSiteSettingsValue(result.data!)).toEqual({
      siteName: { en: 'Newsroom', ru: 'Пресс-центр' },
      tagline: { en: 'News', ru: 'Новости' },
      footerText: { en: 'Footer', ru: 'Подвал' },
      donateUrl: '',
      social: { telegram: 'https://t.me/example' },
    });
  });

  it('requires the name, tagline and footer in both languages', () => {
    const result = parse({ 'siteName.ru': '   ', 'footerText.en': '' });
    expect(result.success).toBe(false);
    const paths = result.error!.issues.map((i) => [i.path.join('.'), i.message]);
    expect(paths).toEqual(expect.arrayContaining([['siteName.ru', 'Errors.required'], ['footerText.en', 'Errors.required']]));
  });

  it.each(['javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'http://example.org/donate', 'https://user:pw@example.org', 'example.org', 'https://localhost/x'])(
    'refuses %s as a link',
    (url) => {
      const result = parse({ donateUrl: url, 'social.facebook': url });
      expect(result.success).toBe(false);
      expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['donateUrl', 'social.facebook']);
      expect(result.error!.issues.every((i) => i.message === 'Errors.invalidUrl')).toBe(true);
    },
  );

  it('limits lengths', () => {
    expect(parse({ 'siteName.en': 'x'.repeat(81) }).error!.issues[0]!.message).toBe('Errors.tooLong');
  });

  it('has defaults in both languages', () => {
    for (const key of ['siteName', 'tagline', 'footerText'] as const) {
      expect(DEFAULT_SITE_SETTINGS[key].en).not.toBe('');
      expect(DEFAULT_SITE_SETTINGS[key].ru).toMatch(/[а-я]/);
    }
  });
});
