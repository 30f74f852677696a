import 'server-only';
import { revalidatePath } from 'next/cache';
import type { UserMutationError } from '@/db/mutations/users';
import type { Locale } from '@/i18n/routing';
import type { ErrorKey } from './action';
import { getEnv } from './env';

const ERROR_KEYS: Record<UserMutationError, ErrorKey> = {
  email_taken: 'Errors.emailTaken',
  user_not_found: 'Errors.userNotFound',
  last_admin: 'Errors.lastAdmin',
  self_deactivation: 'Errors.cannotDeactivateSelf',
  own_role: 'Errors.cannotChangeOwnRole',
  link_invalid: 'Errors.linkInvalid',
};

export function userErrorKey(error: UserMutationError): ErrorKey {
  return ERROR_KEYS[error];
}

/** The address an admin hands over, on the public origin, in the language the user reads. */
export function passwordLinkUrl(locale: Locale, token: string): string {
  return `${getEnv().SITE_URL}/${locale}/admin/set-password/${token}`;
}

/** Every page that shows users or their audit trail, in both locales. */
export function revalidateUserPages(): void {
  revalidatePath('/[locale]/admin/users', 'page');
  revalidatePath('/[locale]/admin/audit', 'page');
}
