import type { NextAuthConfig } from 'next-auth';
import type { Role } from '@/db/schema';

/**
 * The part of the auth configuration with no database access. The JWT carries who the user is
 * and the session version it was issued under; role and active flag are re-read from the
 * database on every admin request (lib/authz.ts), so a change takes effect at once.
 */
export const authConfig = {
  session: { strategy: 'jwt', maxAge: 12 * 60 * 60 },
  pages: { signIn: '/admin/sign-in' },
  providers: [],
  callbacks: {
    jwt({ token, user }) {
      if (user) {
        token.uid = Number(user.id);
        token.role = user.role;
        token.sv = user.sessionVersion;
      }
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
  }
}
