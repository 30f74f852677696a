import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/db/schema';
import { getEnv } from './env';
import { nowInSeconds, sessionEnd, sessionPolicyFrom } from './session-policy';

const sessionPolicy = () => sessionPolicyFrom(getEnv());

/**
 * The part of the auth configuration with no database access (proxy.ts uses it to renew the
 * session cookie on admin requests). The JWT carries who the user is, the session version it
 * was issued under, and when it was signed in and last used; role and active flag are re-read
 * from the database on every admin request (lib/authz.ts), so a change takes effect at once.
 */
export const authConfig = {
  // The cookie lasts the idle period; each admin request renews it (proxy.ts). The absolute
  // bound is the `sat` check below.
  session: { strategy: 'jwt', maxAge: sessionPolicy().idleSeconds },
  pages: { signIn: '/admin/sign-in' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      const now = nowInSeconds();
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
        token.sat = now;
        token.lat = now;
        return token;
      }
      // Past either bound the session is over: null makes next-auth drop it (and its cookie,
      // where it can write one).
      if (sessionEnd(token, now, sessionPolicy())) return null;
      token.lat = now;
      return token;
    },
    session({ session, token }) {
      if (typeof token.uid === 'number') {
        session.user.id = String(token.uid);
        session.user.role = token.role;
        session.user.sessionVersion = token.sv;
      }
      return session;
    },
  },
} satisfies NextAuthConfig;

declare module 'next-auth' {
  interface User {
    role: Role;
    sessionVersion: number;
  }
  interface Session {
    user: { id: string; role: Role; sessionVersion: number; name?: string | null; email?: string | null };
  }
}

declare module '@auth/core/jwt' {
  interface JWT {
    uid: number;
    role: Role;
    sv: number;
    /** Signed in at (seconds since the epoch). */
    sat: number;
    /** Last admin request at (seconds since the epoch). */
    lat: number;
  }
}
