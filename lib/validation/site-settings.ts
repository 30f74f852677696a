import { z } from 'zod';
import type { SiteSettingsValue } from '@/db/schema';

export const SOCIAL_NETWORKS = ['facebook', 'x', 'telegram', 'youtube', 'instagram', 'linkedin'] as const;
export type SocialNetwork = (typeof SOCIAL_NETWORKS)[number];

/** What the site says before an admin has said anything else. */
export const DEFAULT_SITE_SETTINGS: SiteSettingsValue = {
  siteName: { en: 'UN Central Asia Newsroom', ru: 'Пресс-центр ООН в Центральной Азии' },
  tagline: {
    en: 'News on refugee protection and migration in Central Asia',
    ru: 'Новости о защите беженцев и миграции в Центральной Азии',
  },
  footerText: {
    en: 'A newsroom of the United Nations regional office in Central Asia.',
    ru: 'Пресс-центр регионального офиса Организации Объединённых Наций в Центральной Азии.',
  },
  donateUrl: '',
  social: {},
};

const text = (max: number) => z.string().trim().min(1, 'Errors.required').max(max, 'Errors.tooLong');
/** An outside link readers follow: https only (no javascript:, data: or plain http), or empty. */
const link = z
  .string()
  .trim()
  .max(500, 'Errors.tooLong')
  .refine((v) => v === '' || isHttpsUrl(v), 'Errors.invalidUrl');

function isHttpsUrl(value: string): boolean {
  try {
    const url = new URL(value);
    return url.protocol === 'https:' && url.hostname.includes('.') && !url.username && !url.password;
  } catch {
    return false;
  }
}

export const siteSettingsInputSchema = z.object({
  version: z.coerce.number().int().min(0),
  siteName: z.object({ en: text(80), ru: text(80) }),
  tagline: z.object({ en: text(160), ru: text(160) }),
  footerText: z.object({ en: text(500), ru: text(500) }),
  donateUrl: link,
  social: z.object(Object.fromEntries(SOCIAL_NETWORKS.map((n) => [n, link.optional().default('')])) as Record<SocialNetwork, z.ZodDefault<z.ZodOptional<typeof link>>>),
});
export type SiteSettingsInput = z.output<typeof siteSettingsInputSchema>;

/** The flat form (`siteName.en`, `social.x`) → the nested shape the schema checks. */
export function nestSiteSettingsForm(raw: Record<string, unknown>): unknown {
  const out: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(raw)) {
    const [group, field] = key.split('.');
    if (!group) continue;
    if (field === undefined) out[group] = value;
    else out[group] = { ...((out[group] as Record<string, unknown> | undefined) ?? {}), [field]: value };
  }
  return out;
}

/** The stored value: empty social links dropped. */
export function toSiteSettingsValue(input: SiteSettingsInput): SiteSettingsValue {
  const social = Object.fromEntries(Object.entries(input.social).filter(([, v]) => v)) as SiteSettingsValue['social'];
  return { siteName: input.siteName, tagline: input.tagline, footerText: input.footerText, donateUrl: input.donateUrl, social };
}
