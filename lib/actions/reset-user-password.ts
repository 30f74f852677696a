'use server';

import { getDb } from '@/db';
import { resetUserPassword } from '@/db/mutations/users';
import { defineAction, type ActionResult } from '../action';
import { passwordLinkUrl, revalidateUserPages, userErrorKey } from '../user-admin';
import { userIdInputSchema } from '../validation/users';

/** A new one-time set-password link for the user (earlier unused ones stop working), shown once. */
export const resetUserPasswordAction = defineAction({
  roles: ['admin'],
  schema: userIdInputSchema,
  handler: ({ userId }, { user, ip }): ActionResult<{ link: string }> => {
    const result = getDb().transaction((tx) => resetUserPassword(tx, userId, { id: user.id, ip }));
    if (!result.ok) return { ok: false, error: userErrorKey(result.error) };
    revalidateUserPages();
    return { ok: true, link: passwordLinkUrl(result.preferredLocale, result.token) };
  },
});
