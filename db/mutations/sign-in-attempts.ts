import { and, desc, eq, lt } from 'drizzle-orm';
import { signInThrottleKey } from '@/lib/client-ip';
import type { DbLike } from '../client';
import { signInFailures } from '../schema';
import { insertAuditEntry } from './audit';

export type ThrottlePolicy = {
  /** Failures per account (normalised e-mail) within the window that lock it. */
  maxFailuresPerAccount: number;
  /**
   * Failures per client address within the window that lock it (an office shares one address):
   * an IPv4 address, or an IPv6 /64 network (see signInThrottleKey).
   */
  maxFailuresPerIp: number;
  /** The window failures are counted over, and how long a lock lasts. */
  lockMs: number;
};

type Scope = 'account' | 'ip';

export function normaliseEmail(email: string): string {
  return email.trim().toLowerCase();
}

/**
 * When the key is locked, the time the lock ends; otherwise null. A key is locked when its last
 * `max` failures all fell within one window; the lock runs for the window from the last of them.
 * Attempts refused while locked are not recorded, so an attacker cannot stretch a lock for ever.
 */
export function lockedUntil(db: DbLike, scope: Scope, key: string, max: number, lockMs: number, now = new Date()): Date | null {
  const recent = db
    .select({ at: signInFailures.at })
    .from(signInFailures)
    .where(and(eq(signInFailures.scope, scope), eq(signInFailures.key, key)))
    .orderBy(desc(signInFailures.at), desc(signInFailures.id))
    .limit(max)
    .all();
  if (recent.length < max) return null;
  const newest = recent[0]!.at.getTime();
  const oldest = recent[recent.length - 1]!.at.getTime();
  if (newest - oldest > lockMs) return null;
  const until = newest + lockMs;
  return until > now.getTime() ? new Date(until) : null;
}

export type SignInAttempt = {
  email: string;
  ip: string | null;
  /** The account the e-mail names, if any. */
  user: { id: number; active: boolean } | undefined;
  /** Whether the password matched (compared whatever the lock says, so timing gives nothing away). */
  passwordOk: boolean;
};

export type SignInOutcome = { ok: true; userId: number } | { ok: false; reason: 'failed' | 'locked' };

/**
 * Decides a sign-in after its password was compared: a locked account or address is refused even
 * with the right password; a failure is counted for both; a success clears the account's count.
 * Audits the outcome (never the password). Call inside one synchronous transaction.
 */
export function settleSignInAttempt(db: DbLike, attempt: SignInAttempt, policy: ThrottlePolicy, now = new Date()): SignInOutcome {
  const email = normaliseEmail(attempt.email);
  const { user, ip } = attempt;
  // Counted per IPv4 address or IPv6 /64; the audit keeps the full address.
  const ipKey = ip ? signInThrottleKey(ip) : null;
  const lockedAccount = lockedUntil(db, 'account', email, policy.maxFailuresPerAccount, policy.lockMs, now);
  const lockedIp = ipKey ? lockedUntil(db, 'ip', ipKey, policy.maxFailuresPerIp, policy.lockMs, now) : null;
  if (lockedAccount || lockedIp) {
    insertAuditEntry(db, {
      actorId: null,
      action: 'auth.sign_in_locked',
      entityType: 'user',
      entityId: user?.id,
      detail: { email, scope: lockedAccount ? 'account' : 'ip', ...(lockedAccount ? {} : { network: ipKey }), until: (lockedAccount ?? lockedIp)!.toISOString() },
      ip,
    });
    return { ok: false, reason: 'locked' };
  }
  if (user && user.active && attempt.passwordOk) {
    db.delete(signInFailures)
      .where(and(eq(signInFailures.scope, 'account'), eq(signInFailures.key, email)))
      .run();
    insertAuditEntry(db, { actorId: user.id, action: 'auth.sign_in', entityType: 'user', entityId: user.id, ip });
    return { ok: true, userId: user.id };
  }
  // Rows this old can no longer take part in any lock (see lockedUntil).
  db.delete(signInFailures)
    .where(lt(signInFailures.at, new Date(now.getTime() - 2 * policy.lockMs)))
    .run();
  db.insert(signInFailures).values({ scope: 'account', key: email, at: now }).run();
  if (ipKey) db.insert(signInFailures).values({ scope: 'ip', key: ipKey, at: now }).run();
  insertAuditEntry(db, { actorId: null, action: 'auth.sign_in_failed', entityType: 'user', entityId: user?.id, detail: { email }, ip });
  return { ok: false, reason: 'failed' };
}
