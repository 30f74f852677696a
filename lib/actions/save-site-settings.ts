'use server';

import { getDb } from '@/db';
import { updateSiteSettings } from '@/db/mutations/site-settings';
import { defineAction, type ActionResult } from '../action';
import { nestSiteSettingsForm, siteSettingsInputSchema, toSiteSettingsValue } from '../validation/site-settings';
import { revalidateEverything } from '../revalidate';

/** Admins edit the site's name, tagline and footer per language, and its donate and social links. */
export const saveSiteSettingsAction = defineAction<typeof siteSettingsInputSchema, ActionResult<{ version: number }>>({
  roles: ['admin'],
  schema: siteSettingsInputSchema,
  prepare: nestSiteSettingsForm,
  handler(input, { user, ip }) {
    const result = getDb().transaction((tx) => updateSiteSettings(tx, toSiteSettingsValue(input), input.version, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: 'Errors.settingsConflict' };
    // Every public page shows the name and footer; the feeds carry the name and tagline.
    revalidateEverything();
    return { ok: true, version: result.version };
  },
});
