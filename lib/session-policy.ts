/**
 * How long a session lasts. The session token (a signed, encrypted JWT in a cookie) carries when
 * its holder signed in (`sat`) and when it was last used on an admin request (`lat`), both in
 * seconds since the epoch; `authConfig.callbacks.jwt` ends the session when either bound is
 * passed. The cookie itself expires after the idle period and is renewed by `proxy.ts` on every
 * admin request, so the browser also forgets an idle session on its own.
 */
export type SessionPolicy = {
  /** From signing in, however active the session has been (SESSION_MAX_HOURS). */
  maxAgeSeconds: number;
  /** Since the last admin request (SESSION_IDLE_MINUTES). */
  idleSeconds: number;
};

export type SessionTimes = { sat?: unknown; lat?: unknown };

export type SessionEnd = 'absolute' | 'idle' | 'malformed';

export function sessionPolicyFrom(env: { SESSION_MAX_HOURS: number; SESSION_IDLE_MINUTES: number }): SessionPolicy {
  return { maxAgeSeconds: env.SESSION_MAX_HOURS * 3600, idleSeconds: env.SESSION_IDLE_MINUTES * 60 };
}

export const nowInSeconds = (now = Date.now()) => Math.floor(now / 1000);

/**
 * Why a session must end now, or null while it may go on. A token without both times (one
 * issued before these bounds existed, or not by us) is ended too: signing in again is cheap.
 * A time in the future is treated as malformed rather than trusted.
 */
export function sessionEnd(token: SessionTimes, now: number, policy: SessionPolicy): SessionEnd | null {
  const { sat, lat } = token;
  if (typeof sat !== 'number' || typeof lat !== 'number' || !Number.isFinite(sat) || !Number.isFinite(lat)) return 'malformed';
  // A minute of clock skew between requests is tolerated; more is not a token we issued.
  if (sat > now + 60 || lat > now + 60 || lat < sat) return 'malformed';
  if (now - sat >= policy.maxAgeSeconds) return 'absolute';
  if (now - lat >= policy.idleSeconds) return 'idle';
  return null;
}
