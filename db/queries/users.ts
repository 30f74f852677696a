import 'server-only';
import { asc, count, desc, eq } from 'drizzle-orm';
import { getDb } from '../index';
import { findUsablePasswordLink, type PasswordLinkHolder } from '../mutations/users';
import { users, type Role } from '../schema';
import type { Locale } from '@/i18n/routing';

export type SessionUser = {
  id: number;
  email: string;
  name: string;
  role: Role;
  active: boolean;
  preferredLocale: Locale;
  sessionVersion: number;
};

const sessionColumns = {
  id: users.id,
  email: users.email,
  name: users.name,
  role: users.role,
  active: users.active,
  preferredLocale: users.preferredLocale,
  sessionVersion: users.sessionVersion,
};

/** The fields a session is re-checked against on every admin request. */
export function getSessionUser(id: number): SessionUser | undefined {
  return getDb().select(sessionColumns).from(users).where(eq(users.id, id)).get();
}

export function getUserForSignIn(email: string): (SessionUser & { passwordHash: string }) | undefined {
  return getDb()
    .select({ ...sessionColumns, passwordHash: users.passwordHash })
    .from(users)
    .where(eq(users.email, email.trim().toLowerCase()))
    .get();
}

export function countUsers(): number {
  return getDb().select({ n: count() }).from(users).get()?.n ?? 0;
}

export type UserListItem = {
  id: number;
  name: string;
  email: string;
  role: Role;
  active: boolean;
  preferredLocale: Locale;
  createdAt: Date;
};

/** Everyone, for the admin's users page: active first, then by name. */
export function listUsers(): UserListItem[] {
  return getDb()
    .select({
      id: users.id,
      name: users.name,
      email: users.email,
      role: users.role,
      active: users.active,
      preferredLocale: users.preferredLocale,
      createdAt: users.createdAt,
    })
    .from(users)
    .orderBy(desc(users.active), asc(users.name), asc(users.id))
    .all();
}

/** Id and name of every user, for pickers such as the audit log's "who" filter. */
export function listUserOptions(): { id: number; name: string }[] {
  return getDb().select({ id: users.id, name: users.name }).from(users).orderBy(asc(users.name), asc(users.id)).all();
}

/** Whose account a set-password link opens, if it can still be used. */
export function getUsablePasswordLink(token: string): PasswordLinkHolder | undefined {
  return findUsablePasswordLink(getDb(), token);
}
