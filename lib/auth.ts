import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cache } from 'react';
import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { getUserForSignIn } from '@/db/queries/users';
import { authConfig } from './auth.config';
import { getDummyHash, verifyPassword } from './password';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

export function clientIp(headers: Headers): string | null {
  return headers.get('x-forwarded-for')?.split(',')[0]?.trim() || headers.get('x-real-ip') || null;
}

const {
  handlers,
  auth: uncachedAuth,
  signIn,
  signOut,
} = NextAuth({
  ...authConfig,
  providers: [
    Credentials({
      credentials: { email: {}, password: {} },
      async authorize(raw, request) {
        const parsed = credentialsSchema.safeParse(raw);
        if (!parsed.success) throw new CredentialsSignin();
        const { email, password } = parsed.data;
        const user = getUserForSignIn(email);
        // An unknown e-mail costs the same hash as a wrong password: no account enumeration by timing.
        const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
        const ok = Boolean(user && user.active && passwordOk);
        insertAuditEntry(getDb(), {
          actorId: ok && user ? user.id : null,
          action: ok ? 'auth.sign_in' : 'auth.sign_in_failed',
          entityType: 'user',
          entityId: user?.id,
          detail: ok ? undefined : { email },
          ip: clientIp(request.headers),
        });
        if (!ok || !user) throw new CredentialsSignin();
        return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});

/** The session of this request, read once per render. */
export const auth = cache(uncachedAuth);
export { handlers, signIn, signOut };
