import 'server-only';
import { notFound, redirect } from 'next/navigation';
import { cache } from 'react';
import { getSessionUser, type SessionUser } from '@/db/queries/users';
import type { Role } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { auth } from './auth';

export type CurrentUser = Pick<SessionUser, 'id' | 'email' | 'name' | 'role' | 'preferredLocale'>;

export const ALL_ROLES: readonly Role[] = ['admin', 'editor', 'translator'];

/**
 * The signed-in user, re-read from the database: null when there is no session, the account is
 * gone or deactivated, or the session predates a "sign out everywhere" / password change.
 */
export const getCurrentUser = cache(async (): Promise<CurrentUser | null> => {
  const session = await auth();
  const id = Number(session?.user?.id);
  if (!Number.isInteger(id) || id <= 0) return null;
  const user = getSessionUser(id);
  if (!user || !user.active || user.sessionVersion !== session?.user?.sessionVersion) return null;
  const { id: userId, email, name, role, preferredLocale } = user;
  return { id: userId, email, name, role, preferredLocale };
});

export function hasRole(user: CurrentUser | null, roles: readonly Role[]): user is CurrentUser {
  return user !== null && roles.includes(user.role);
}

/**
 * Every admin page starts here. Anonymous (or revoked) visitors go to the sign-in page and come
 * back afterwards; a signed-in user whose role may not use the page gets the not-found page.
 */
export async function requirePageRole(locale: Locale, roles: readonly Role[], returnTo: string): Promise<CurrentUser> {
  const user = await getCurrentUser();
  if (!user) redirect(`/${locale}/admin/sign-in?callbackUrl=${encodeURIComponent(returnTo)}`);
  if (!hasRole(user, roles)) notFound();
  return user;
}
