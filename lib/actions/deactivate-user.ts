'use server';

import { getDb } from '@/db';
import { deactivateUser } from '@/db/mutations/users';
import { defineAction } from '../action';
import { revalidateUserPages, userErrorKey } from '../user-admin';
import { userIdInputSchema } from '../validation/users';

/** Ends the user's sessions at once; never the caller's own account or the last active admin. */
export const deactivateUserAction = defineAction({
  roles: ['admin'],
  schema: userIdInputSchema,
  handler: ({ userId }, { user, ip }) => {
    const result = getDb().transaction((tx) => deactivateUser(tx, userId, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: userErrorKey(result.error) };
    revalidateUserPages();
    return { ok: true };
  },
});
