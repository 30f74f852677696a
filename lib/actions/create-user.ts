'use server';

import { getDb } from '@/db';
import { insertUser } from '@/db/mutations/users';
import { defineAction, type ActionResult } from '../action';
import { passwordLinkUrl, revalidateUserPages, userErrorKey } from '../user-admin';
import { createUserInputSchema } from '../validation/users';

/** Adds a user without a password; the answer carries their one-time set-password link, shown once. */
export const createUserAction = defineAction({
  roles: ['admin'],
  schema: createUserInputSchema,
  handler: (input, { user, ip }): ActionResult<{ link: string }> => {
    const result = getDb().transaction((tx) => insertUser(tx, input, { id: user.id, ip }));
    if (!result.ok) {
      const key = userErrorKey(result.error);
      return result.error === 'email_taken' ? { ok: false, error: 'Errors.invalidInput', fieldErrors: { email: key } } : { ok: false, error: key };
    }
    revalidateUserPages();
    return { ok: true, link: passwordLinkUrl(input.preferredLocale, result.token) };
  },
});
