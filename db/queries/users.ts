import 'server-only';
import { count, eq } from 'drizzle-orm';
import { getDb } from '../index';
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
