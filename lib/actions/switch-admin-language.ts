'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { updatePreferredLocale } from '@/db/mutations/users';
import { LOCALES } from '@/db/schema';
import { adminPathIn } from '../admin-path';
import { defineAction } from '../action';
import { ALL_ROLES } from '../authz';

const switchAdminLanguageInputSchema = z.object({ locale: z.enum(LOCALES, 'Errors.invalidField') });

/** The admin's language switch: remembers the choice for `/admin` and shows this page in it. */
export const switchAdminLanguageAction = defineAction({
  roles: ALL_ROLES,
  schema: switchAdminLanguageInputSchema,
  async handler({ locale }, { user, ip }) {
    const result = getDb().transaction((tx) => updatePreferredLocale(tx, user.id, locale, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: 'Errors.userNotFound' };
    const h = await headers();
    redirect(adminPathIn(locale, h.get('referer'), h.get('host')));
  },
});
