import 'server-only';
import NextAuth, { CredentialsSignin } from 'next-auth';
import Credentials from 'next-auth/providers/credentials';
import { cache } from 'react';
import { z } from 'zod';
import { getDb } from '@/db';
import { settleSignInAttempt, type ThrottlePolicy } from '@/db/mutations/sign-in-attempts';
import { getUserForSignIn } from '@/db/queries/users';
import { authConfig } from './auth.config';
import { clientIpFromForwardedFor } from './client-ip';
import { getEnv } from './env';
import { getDummyHash, verifyPassword } from './password';

const credentialsSchema = z.object({
  email: z.string().trim().toLowerCase().email().max(254),
  password: z.string().min(1).max(1024),
});

/**
 * The address the sign-in limits count against and the audit log records: picked from
 * X-Forwarded-For by TRUSTED_PROXY_HOPS (see lib/client-ip.ts), never from what a client wrote.
 */
export function clientIp(headers: Headers): string | null {
  return clientIpFromForwardedFor(headers.get('x-forwarded-for'), getEnv().TRUSTED_PROXY_HOPS);
}

function throttlePolicy(): ThrottlePolicy {
  const env = getEnv();
  return {
    maxFailuresPerAccount: env.SIGNIN_MAX_FAILURES,
    maxFailuresPerIp: env.SIGNIN_MAX_FAILURES_PER_IP,
    lockMs: env.SIGNIN_LOCK_MINUTES * 60_000,
  };
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
        // The hash is compared whatever happens next: an unknown e-mail and a locked account cost
        // the same time as a wrong password, and all three get the same answer.
        const passwordOk = await verifyPassword(password, user?.passwordHash ?? (await getDummyHash()));
        const ip = clientIp(request.headers);
        const outcome = getDb().transaction((tx) => settleSignInAttempt(tx, { email, ip, user, passwordOk }, throttlePolicy()));
        if (!outcome.ok || !user) throw new CredentialsSignin();
        return { id: String(user.id), email: user.email, name: user.name, role: user.role, sessionVersion: user.sessionVersion };
      },
    }),
  ],
});

/** The session of this request, read once per render. */
export const auth = cache(uncachedAuth);
export { handlers, signIn, signOut };
