import { createHash, randomBytes } from 'node:crypto';
import { and, count, eq, gt, isNull, sql } from 'drizzle-orm';
import type { DbLike } from '../client';
import { passwordResetTokens, users, type ContentLocale, type Role } from '../schema';
import { insertAuditEntry } from './audit';

/** How long a set-password link works. */
export const PASSWORD_LINK_TTL_MS = 72 * 60 * 60 * 1000;

/**
 * Stored in place of a hash for a user who has not set a password yet: verifyPassword only accepts
 * `scrypt$…`, so no password matches it.
 */
export const NO_PASSWORD = '!';

/** Who did it, for the audit entry. */
export type Actor = { id: number | null; ip: string | null };

export type UserMutationError = 'email_taken' | 'user_not_found' | 'last_admin' | 'self_deactivation' | 'own_role' | 'link_invalid';
export type MutationResult<T = object> = ({ ok: true } & T) | { ok: false; error: UserMutationError };

export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('hex');
}

function isActiveAdmin(user: { role: Role; active: boolean }): boolean {
  return user.role === 'admin' && user.active;
}

function countActiveAdmins(db: DbLike): number {
  return db.select({ n: count() }).from(users).where(and(eq(users.role, 'admin'), eq(users.active, true))).get()?.n ?? 0;
}

function findUser(db: DbLike, id: number) {
  return db
    .select({ id: users.id, role: users.role, active: users.active, preferredLocale: users.preferredLocale })
    .from(users)
    .where(eq(users.id, id))
    .get();
}

/**
 * A fresh one-time link for the user: any earlier unused link of theirs stops working. Returns
 * the token itself, which exists only in this return value and the URL handed over; the database
 * keeps its SHA-256. Call inside the caller's transaction.
 */
export function issuePasswordLink(db: DbLike, userId: number, actor: Actor, now = new Date()): { token: string; expiresAt: Date } {
  const token = randomBytes(32).toString('base64url');
  const expiresAt = new Date(now.getTime() + PASSWORD_LINK_TTL_MS);
  db.delete(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .run();
  db.insert(passwordResetTokens).values({ userId, tokenHash: hashToken(token), createdById: actor.id, expiresAt, createdAt: now }).run();
  insertAuditEntry(db, {
    actorId: actor.id,
    action: 'user.password_reset_link',
    entityType: 'user',
    entityId: userId,
    detail: { expiresAt: expiresAt.toISOString() },
    ip: actor.ip,
  });
  return { token, expiresAt };
}

export type NewUserInput = { name: string; email: string; role: Role; preferredLocale: ContentLocale };

/** Adds a user with no usable password and issues their first set-password link. Call inside a transaction. */
export function insertUser(
  db: DbLike,
  input: NewUserInput,
  actor: Actor,
  now = new Date(),
): MutationResult<{ userId: number; token: string }> {
  const email = input.email.trim().toLowerCase();
  if (db.select({ id: users.id }).from(users).where(eq(users.email, email)).get()) return { ok: false, error: 'email_taken' };
  const { id: userId } = db
    .insert(users)
    .values({ name: input.name, email, role: input.role, preferredLocale: input.preferredLocale, passwordHash: NO_PASSWORD })
    .returning({ id: users.id })
    .get();
  insertAuditEntry(db, {
    actorId: actor.id,
    action: 'user.create',
    entityType: 'user',
    entityId: userId,
    detail: { email, role: input.role },
    ip: actor.ip,
  });
  const { token } = issuePasswordLink(db, userId, actor, now);
  return { ok: true, userId, token };
}

/**
 * Changes a user's role; ends their sessions so the new role applies on their next request. An
 * admin cannot demote themself, and the last active admin stays one.
 */
export function updateUserRole(db: DbLike, userId: number, role: Role, actor: Actor): MutationResult {
  const user = findUser(db, userId);
  if (!user) return { ok: false, error: 'user_not_found' };
  if (user.role === role) return { ok: true };
  if (userId === actor.id) return { ok: false, error: 'own_role' };
  if (isActiveAdmin(user) && countActiveAdmins(db) <= 1) return { ok: false, error: 'last_admin' };
  db.update(users)
    .set({ role, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
  insertAuditEntry(db, {
    actorId: actor.id,
    action: 'user.role_change',
    entityType: 'user',
    entityId: userId,
    detail: { from: user.role, to: role },
    ip: actor.ip,
  });
  return { ok: true };
}

/** Deactivates a user, ends their sessions and voids their unused links. Never oneself, never the last active admin. */
export function deactivateUser(db: DbLike, userId: number, actor: Actor): MutationResult {
  const user = findUser(db, userId);
  if (!user) return { ok: false, error: 'user_not_found' };
  if (userId === actor.id) return { ok: false, error: 'self_deactivation' };
  if (!user.active) return { ok: true };
  if (isActiveAdmin(user) && countActiveAdmins(db) <= 1) return { ok: false, error: 'last_admin' };
  db.update(users)
    .set({ active: false, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
  db.delete(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, userId), isNull(passwordResetTokens.usedAt)))
    .run();
  insertAuditEntry(db, { actorId: actor.id, action: 'user.deactivate', entityType: 'user', entityId: userId, ip: actor.ip });
  return { ok: true };
}

export function reactivateUser(db: DbLike, userId: number, actor: Actor): MutationResult {
  const user = findUser(db, userId);
  if (!user) return { ok: false, error: 'user_not_found' };
  if (user.active) return { ok: true };
  db.update(users).set({ active: true, updatedAt: new Date() }).where(eq(users.id, userId)).run();
  insertAuditEntry(db, { actorId: actor.id, action: 'user.reactivate', entityType: 'user', entityId: userId, ip: actor.ip });
  return { ok: true };
}

/** A new set-password link for an existing user (the admin's "reset password"). Call inside a transaction. */
export function resetUserPassword(
  db: DbLike,
  userId: number,
  actor: Actor,
  now = new Date(),
): MutationResult<{ token: string; preferredLocale: ContentLocale }> {
  const user = findUser(db, userId);
  if (!user) return { ok: false, error: 'user_not_found' };
  return { ok: true, token: issuePasswordLink(db, userId, actor, now).token, preferredLocale: user.preferredLocale };
}

export type PasswordLinkHolder = { tokenId: number; userId: number; email: string; name: string; preferredLocale: ContentLocale };

/**
 * The link's token row and its user, when the token exists, is unused, has not expired and
 * belongs to an active user; otherwise undefined, whatever the reason.
 */
export function findUsablePasswordLink(db: DbLike, token: string, now = new Date()): PasswordLinkHolder | undefined {
  if (!token) return undefined;
  return db
    .select({
      tokenId: passwordResetTokens.id,
      userId: users.id,
      email: users.email,
      name: users.name,
      preferredLocale: users.preferredLocale,
    })
    .from(passwordResetTokens)
    .innerJoin(users, eq(users.id, passwordResetTokens.userId))
    .where(
      and(
        eq(passwordResetTokens.tokenHash, hashToken(token)),
        isNull(passwordResetTokens.usedAt),
        gt(passwordResetTokens.expiresAt, now),
        eq(users.active, true),
      ),
    )
    .get();
}

/**
 * Spends a set-password link: stores the new hash (made before the transaction — hashing is
 * async and transactions here are synchronous), ends the user's other sessions, marks the link
 * used and voids their other unused links. Call inside a transaction.
 */
export function setPasswordWithLink(
  db: DbLike,
  token: string,
  passwordHash: string,
  ip: string | null,
  now = new Date(),
): MutationResult<{ userId: number }> {
  const link = findUsablePasswordLink(db, token, now);
  if (!link) return { ok: false, error: 'link_invalid' };
  const spent = db
    .update(passwordResetTokens)
    .set({ usedAt: now })
    .where(and(eq(passwordResetTokens.id, link.tokenId), isNull(passwordResetTokens.usedAt)))
    .run();
  if (spent.changes !== 1) return { ok: false, error: 'link_invalid' };
  db.delete(passwordResetTokens)
    .where(and(eq(passwordResetTokens.userId, link.userId), isNull(passwordResetTokens.usedAt)))
    .run();
  db.update(users)
    .set({ passwordHash, sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: now })
    .where(eq(users.id, link.userId))
    .run();
  insertAuditEntry(db, { actorId: link.userId, action: 'user.password_set', entityType: 'user', entityId: link.userId, ip });
  return { ok: true, userId: link.userId };
}

/**
 * "Sign out everywhere": moves the user's session version on, so every session issued before,
 * this one included, is refused on its next request. Call inside a transaction.
 */
export function endAllSessions(db: DbLike, userId: number, actor: Actor): MutationResult {
  const changed = db
    .update(users)
    .set({ sessionVersion: sql`${users.sessionVersion} + 1`, updatedAt: new Date() })
    .where(eq(users.id, userId))
    .run();
  if (changed.changes !== 1) return { ok: false, error: 'user_not_found' };
  insertAuditEntry(db, { actorId: actor.id, action: 'auth.sign_out_everywhere', entityType: 'user', entityId: userId, ip: actor.ip });
  return { ok: true };
}

/**
 * The language the admin speaks to this user when they arrive without one in the URL (`/admin`).
 * Changed by the admin's language switch, so the choice follows the user to another device.
 */
export function updatePreferredLocale(db: DbLike, userId: number, locale: ContentLocale, actor: Actor): MutationResult {
  const user = findUser(db, userId);
  if (!user) return { ok: false, error: 'user_not_found' };
  if (user.preferredLocale === locale) return { ok: true };
  db.update(users).set({ preferredLocale: locale, updatedAt: new Date() }).where(eq(users.id, userId)).run();
  insertAuditEntry(db, {
    actorId: actor.id,
    action: 'user.preferred_locale',
    entityType: 'user',
    entityId: userId,
    detail: { from: user.preferredLocale, to: locale },
    ip: actor.ip,
  });
  return { ok: true };
}
