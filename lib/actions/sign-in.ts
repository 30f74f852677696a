'use server';

import { AuthError } from 'next-auth';
import { z } from 'zod';
import { isLocale } from '@/i18n/routing';
import { fieldErrorsOf, type ActionResult } from '../action';
import { signIn } from '../auth';
import { safeCallbackUrl } from '../callback-url';

const signInInputSchema = z.object({
  email: z.string().trim().min(1, 'Errors.required').email('Errors.invalidEmail').max(254, 'Errors.invalidEmail'),
  password: z.string().min(1, 'Errors.required').max(1024, 'Errors.invalidInput'),
  locale: z.string().refine(isLocale),
  callbackUrl: z.string().optional(),
});
export type SignInInput = z.infer<typeof signInInputSchema>;

/**
 * Anonymous by nature, so it cannot go through defineAction's role check; the Credentials
 * provider validates again, audits the attempt and answers wrong password, unknown e-mail and
 * deactivated account alike.
 */
export async function signInAction(_prev: ActionResult | null, formData: FormData): Promise<ActionResult> {
  const parsed = signInInputSchema.safeParse({
    email: formData.get('email') ?? '',
    password: formData.get('password') ?? '',
    locale: formData.get('locale') ?? '',
    callbackUrl: formData.get('callbackUrl') ?? undefined,
  });
  if (!parsed.success) return { ok: false, error: 'Errors.invalidInput', fieldErrors: fieldErrorsOf(parsed.error) };
  const { email, password, locale, callbackUrl } = parsed.data;
  try {
    await signIn('credentials', {
      email,
      password,
      redirectTo: safeCallbackUrl(callbackUrl, isLocale(locale) ? locale : 'en'),
    });
  } catch (error) {
    // A successful sign-in throws Next's redirect, which must propagate.
    if (error instanceof AuthError) return { ok: false, error: 'Errors.invalidCredentials' };
    throw error;
  }
  return { ok: true };
}
