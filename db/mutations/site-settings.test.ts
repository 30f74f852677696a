import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestDatabase } from '@/lib/testing/db';
import { DEFAULT_SITE_SETTINGS } from '@/lib/validation/site-settings';
import type { Db } from '../client';
import { auditLog, siteSettings, users } from '../schema';
import { updateSiteSettings } from './site-settings';

let db: Db;
let cleanup: () => void;
let adminId: number;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  adminId = db.insert(users).values({ email: 'a@example.org', name: 'A', passwordHash: 'x', role: 'admin' }).returning({ id: users.id }).get().id;
});
afterEach(() => cleanup());

const renamed = { ...DEFAULT_SITE_SETTINGS, siteName: { en: 'New name', ru: 'Новое название' } };
const save = (value: typeof renamed, version: number) => db.transaction((tx) => updateSiteSettings(tx, value, version, { id: adminId, ip: null }));

describe('updateSiteSettings', () => {
  it('saves the first settings over the defaults (version 0) and audits which settings changed', () => {
    expect(save(renamed, 0)).toEqual({ ok: true, version: 1 });
    expect(db.select().from(siteSettings).get()?.value.siteName.en).toBe('New name');
    expect(db.select({ action: auditLog.action, detail: auditLog.detail }).from(auditLog).all()).toEqual([
      { action: 'settings.update', detail: { changed: ['siteName'], version: 1 } },
    ]);
  });

  it('refuses a save that started from an older version, keeping the other admin’s settings', () => {
    expect(save(renamed, 0)).toEqual({ ok: true, version: 1 });
    expect(save({ ...DEFAULT_SITE_SETTINGS, donateUrl: 'https://example.org/give' }, 0)).toEqual({ ok: false, error: 'conflict' });
    expect(db.select().from(siteSettings).get()?.value).toEqual(renamed);
    expect(save({ ...renamed, donateUrl: 'https://example.org/give' }, 1)).toEqual({ ok: true, version: 2 });
    expect(db.select().from(siteSettings).all()).toHaveLength(1);
  });
});
