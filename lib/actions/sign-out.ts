'use server';

import { headers } from 'next/headers';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { isLocale } from '@/i18n/routing';
import { clientIp, signOut } from '../auth';
import { getCurrentUser } from '../authz';

/** Anyone may end their own session, even one the database no longer honours. */
export async function signOutAction(formData: FormData): Promise<void> {
  const locale = formData.get('locale');
  const user = await getCurrentUser();
  if (user) {
    insertAuditEntry(getDb(), {
      actorId: user.id,
      action: 'auth.sign_out',
      entityType: 'user',
      entityId: user.id,
      ip: clientIp(await headers()),
    });
  }
  await signOut({ redirectTo: `/${isLocale(locale) ? locale : 'en'}/admin/sign-in` });
}
