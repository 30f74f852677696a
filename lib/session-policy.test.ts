import type { JWT } from '@auth/core/jwt';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { authConfig } from './auth.config';
import { sessionEnd, sessionPolicyFrom } from './session-policy';

const policy = sessionPolicyFrom({ SESSION_MAX_HOURS: 12, SESSION_IDLE_MINUTES: 30 });
const HOUR = 3600;

describe('sessionEnd', () => {
  const signedIn = 1_750_000_000;

  it('lets an active session go on until 12 hours after signing in, then ends it however active', () => {
    expect(sessionEnd({ sat: signedIn, lat: signedIn }, signedIn + 60, policy)).toBeNull();
    expect(sessionEnd({ sat: signedIn, lat: signedIn + 12 * HOUR - 61 }, signedIn + 12 * HOUR - 60, policy)).toBeNull();
    expect(sessionEnd({ sat: signedIn, lat: signedIn + 12 * HOUR - 1 }, signedIn + 12 * HOUR, policy)).toBe('absolute');
  });

  it('ends a session 30 minutes after its last admin request', () => {
    expect(sessionEnd({ sat: signedIn, lat: signedIn + HOUR }, signedIn + HOUR + 29 * 60, policy)).toBeNull();
    expect(sessionEnd({ sat: signedIn, lat: signedIn + HOUR }, signedIn + HOUR + 30 * 60, policy)).toBe('idle');
  });

  it('ends a token without both times, with times in the future, or last used before it began', () => {
    expect(sessionEnd({}, signedIn, policy)).toBe('malformed');
    expect(sessionEnd({ sat: signedIn }, signedIn, policy)).toBe('malformed');
    expect(sessionEnd({ sat: String(signedIn), lat: signedIn }, signedIn, policy)).toBe('malformed');
    expect(sessionEnd({ sat: signedIn + HOUR, lat: signedIn + HOUR }, signedIn, policy)).toBe('malformed');
    expect(sessionEnd({ sat: signedIn, lat: signedIn - 10 }, signedIn, policy)).toBe('malformed');
  });

  it('reads its bounds from the environment variables', () => {
    expect(sessionPolicyFrom({ SESSION_MAX_HOURS: 8, SESSION_IDLE_MINUTES: 15 })).toEqual({ maxAgeSeconds: 8 * HOUR, idleSeconds: 15 * 60 });
  });
});

describe('the session callback next-auth runs on every request (authConfig.callbacks.jwt)', () => {
  afterEach(() => vi.useRealTimers());
  const jwt = authConfig.callbacks.jwt as unknown as (params: { token: JWT; user?: unknown }) => JWT | null;
  const t0 = new Date('2026-03-02T08:00:00Z');

  function signIn(): JWT {
    vi.useFakeTimers({ now: t0 });
    return jwt({ token: {} as JWT, user: { id: '7', role: 'editor', sessionVersion: 3 } })!;
  }

  it('stamps the sign-in and last-use times when the user signs in', () => {
    const token = signIn();
    expect(token).toMatchObject({ uid: 7, role: 'editor', sv: 3, sat: t0.getTime() / 1000, lat: t0.getTime() / 1000 });
  });

  it('renews the last-use time on each request within the bounds', () => {
    const token = signIn();
    vi.setSystemTime(new Date(t0.getTime() + 20 * 60_000));
    const renewed = jwt({ token: { ...token } })!;
    expect(renewed.lat).toBe(token.sat + 20 * 60);
    expect(renewed.sat).toBe(token.sat);
  });

  it('drops the session after 30 idle minutes (the default SESSION_IDLE_MINUTES)', () => {
    const token = signIn();
    vi.setSystemTime(new Date(t0.getTime() + 31 * 60_000));
    expect(jwt({ token: { ...token } })).toBeNull();
  });

  it('drops the session 12 hours after signing in (the default SESSION_MAX_HOURS) even when used all along', () => {
    let token = signIn();
    for (let minutes = 20; minutes < 12 * 60; minutes += 20) {
      vi.setSystemTime(new Date(t0.getTime() + minutes * 60_000));
      token = jwt({ token: { ...token } })!;
      expect(token, `at ${minutes} minutes`).not.toBeNull();
    }
    vi.setSystemTime(new Date(t0.getTime() + 12 * 3_600_000));
    expect(jwt({ token: { ...token } })).toBeNull();
  });

  it('drops a token issued without the times (before these bounds existed)', () => {
    vi.useFakeTimers({ now: t0 });
    expect(jwt({ token: { uid: 7, role: 'editor', sv: 3 } as JWT })).toBeNull();
  });

  it('makes the cookie itself last only the idle period', () => {
    expect(authConfig.session.maxAge).toBe(30 * 60);
  });
});
