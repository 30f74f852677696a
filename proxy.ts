import NextAuth from 'next-auth';
import createMiddleware from 'next-intl/middleware';
import type { NextFetchEvent, NextRequest } from 'next/server';
import { routing } from './i18n/routing';
import { authConfig } from './lib/auth.config';

const intl = createMiddleware(routing);
const { auth } = NextAuth(authConfig);

/**
 * Admin requests (pages and the server actions posted to them) also renew the session cookie,
 * which expires after SESSION_IDLE_MINUTES without one; the JWT callback in lib/auth.config.ts
 * ends a session past either bound. Public pages never touch the session, so they never carry a
 * Set-Cookie and stay cacheable.
 */
const withSession = auth((request, _event: NextFetchEvent) => intl(request));
const ADMIN_PATH = /^\/(?:en|ru)\/admin(?:\/|$)/;

// Locale negotiation and session renewal only. Authorization happens in every admin page and
// every server action (a Server Action is a POST to a page route), so the proxy is never the
// security boundary.
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  return ADMIN_PATH.test(request.nextUrl.pathname) ? withSession(request, event) : intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
