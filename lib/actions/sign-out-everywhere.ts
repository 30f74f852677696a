'use server';

import { z } from 'zod';
import { getDb } from '@/db';
import { endAllSessions } from '@/db/mutations/users';
import { isLocale } from '@/i18n/routing';
import { defineAction } from '../action';
import { ALL_ROLES } from '../authz';
import { signOut } from '../auth';

const signOutEverywhereInputSchema = z.object({ locale: z.string().refine(isLocale, 'Errors.invalidField') });

/** Ends every session of the signed-in user, on every device, this one included. */
export const signOutEverywhereAction = defineAction({
  roles: ALL_ROLES,
  schema: signOutEverywhereInputSchema,
  async handler({ locale }, { user, ip }) {
    const result = getDb().transaction((tx) => endAllSessions(tx, user.id, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: 'Errors.userNotFound' };
    // Clears this browser's cookie too; the redirect is thrown and must propagate.
    await signOut({ redirectTo: `/${locale}/admin/sign-in` });
    return { ok: true };
  },
});
