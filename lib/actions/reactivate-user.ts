'use server';

import { getDb } from '@/db';
import { reactivateUser } from '@/db/mutations/users';
import { defineAction } from '../action';
import { revalidateUserPages, userErrorKey } from '../user-admin';
import { userIdInputSchema } from '../validation/users';

export const reactivateUserAction = defineAction({
  roles: ['admin'],
  schema: userIdInputSchema,
  handler: ({ userId }, { user, ip }) => {
    const result = getDb().transaction((tx) => reactivateUser(tx, userId, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: userErrorKey(result.error) };
    revalidateUserPages();
    return { ok: true };
  },
});
