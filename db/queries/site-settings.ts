import 'server-only';
import { eq } from 'drizzle-orm';
import { cache } from 'react';
import { DEFAULT_SITE_SETTINGS } from '@/lib/validation/site-settings';
import { getDb } from '../index';
import { siteSettings, users, type SiteSettingsValue } from '../schema';

export type SiteSettings = SiteSettingsValue & { version: number };

/** The site's settings, read once per request; the defaults (version 0) until an admin saves. */
export const getSiteSettings = cache((): SiteSettings => {
  const row = getDb().select({ value: siteSettings.value, version: siteSettings.version }).from(siteSettings).where(eq(siteSettings.id, 1)).get();
  return row ? { ...DEFAULT_SITE_SETTINGS, ...row.value, version: row.version } : { ...DEFAULT_SITE_SETTINGS, version: 0 };
});

/** Who last saved the settings and when, for the admin page. */
export function getSiteSettingsChange(): { name: string | null; at: Date } | null {
  const row = getDb()
    .select({ name: users.name, at: siteSettings.updatedAt })
    .from(siteSettings)
    .leftJoin(users, eq(users.id, siteSettings.updatedById))
    .where(eq(siteSettings.id, 1))
    .get();
  return row ?? null;
}
