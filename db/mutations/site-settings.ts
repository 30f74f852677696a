import { eq } from 'drizzle-orm';
import { DEFAULT_SITE_SETTINGS } from '@/lib/validation/site-settings';
import type { DbLike } from '../client';
import { siteSettings, type SiteSettingsValue } from '../schema';
import { insertAuditEntry } from './audit';

export type SaveSiteSettingsResult = { ok: true; version: number } | { ok: false; error: 'conflict' };

/** Which top-level settings differ, for the audit entry (names only: the values are in the row). */
function changedKeys(before: SiteSettingsValue, after: SiteSettingsValue): string[] {
  return (Object.keys(after) as (keyof SiteSettingsValue)[]).filter((k) => JSON.stringify(before[k]) !== JSON.stringify(after[k]));
}

/**
 * Saves the settings if nobody saved since `expectedVersion` (0 = never saved); otherwise refuses,
 * so the admin can reload and decide. Call inside a transaction.
 */
export function updateSiteSettings(
  db: DbLike,
  value: SiteSettingsValue,
  expectedVersion: number,
  actor: { id: number; ip: string | null },
): SaveSiteSettingsResult {
  const current = db.select().from(siteSettings).where(eq(siteSettings.id, 1)).get();
  if ((current?.version ?? 0) !== expectedVersion) return { ok: false, error: 'conflict' };
  const version = expectedVersion + 1;
  if (current) {
    db.update(siteSettings).set({ value, version, updatedById: actor.id, updatedAt: new Date() }).where(eq(siteSettings.id, 1)).run();
  } else {
    db.insert(siteSettings).values({ id: 1, value, version, updatedById: actor.id }).run();
  }
  insertAuditEntry(db, {
    actorId: actor.id,
    action: 'settings.update',
    entityType: 'site_settings',
    entityId: 1,
    detail: { changed: changedKeys(current?.value ?? DEFAULT_SITE_SETTINGS, value), version },
    ip: actor.ip,
  });
  return { ok: true, version };
}
