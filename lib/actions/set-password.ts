'use server';

import { headers } from 'next/headers';
import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { setPasswordWithLink } from '@/db/mutations/users';
import { getUsablePasswordLink } from '@/db/queries/users';
import { fieldErrorsOf, formDataToObject, type ActionResult } from '../action';
import { clientIp } from '../auth';
import { hashPassword } from '../password';
import { passwordProblem } from '../password-policy';
import { setPasswordInputSchema } from '../validation/users';

/**
 * Anonymous by nature (the person has no password yet), so it cannot use defineAction's role
 * check: the one-time link's token is the authorisation, checked again inside the transaction.
 */
export async function setPasswordAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = setPasswordInputSchema.safeParse(formDataToObject(formData));
  if (!parsed.success) {
    const fieldErrors = fieldErrorsOf(parsed.error);
    // A missing or mangled token is a dead link, not a field the person can fix.
    if (fieldErrors.token || fieldErrors.locale) return { ok: false, error: 'Errors.linkInvalid' };
    return { ok: false, error: 'Errors.invalidInput', fieldErrors };
  }
  const { token, password, locale } = parsed.data;
  // Spare the hashing (deliberately slow) for links that are already dead.
  const link = getUsablePasswordLink(token);
  if (!link) return { ok: false, error: 'Errors.linkInvalid' };
  const problem = passwordProblem(password, link);
  if (problem) return { ok: false, error: 'Errors.invalidInput', fieldErrors: { password: problem } };
  // Hash before the transaction: better-sqlite3 transactions are synchronous.
  const passwordHash = await hashPassword(password);
  const ip = clientIp(await headers());
  const result = getDb().transaction((tx) => setPasswordWithLink(tx, token, passwordHash, ip));
  if (!result.ok) return { ok: false, error: 'Errors.linkInvalid' };
  redirect(`/${locale}/admin/sign-in?passwordSet=1`);
}
