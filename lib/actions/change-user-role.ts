'use server';

import { getDb } from '@/db';
import { updateUserRole } from '@/db/mutations/users';
import { defineAction } from '../action';
import { revalidateUserPages, userErrorKey } from '../user-admin';
import { changeUserRoleInputSchema } from '../validation/users';

/** Takes effect on the user's next request: their session version moves on with the role. */
export const changeUserRoleAction = defineAction({
  roles: ['admin'],
  schema: changeUserRoleInputSchema,
  handler: ({ userId, role }, { user, ip }) => {
    // Immediate: the last-admin count and the update must see the same database.
    const result = getDb().transaction((tx) => updateUserRole(tx, userId, role, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: userErrorKey(result.error) };
    revalidateUserPages();
    return { ok: true };
  },
});
