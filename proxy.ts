import NextAuth from 'next-auth';
import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextFetchEvent, type NextRequest } from 'next/server';
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

/** next-auth's session cookie, over http (the demo) and https; a large one comes in chunks (`.0`, `.1`). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Locale negotiation and session renewal only. Authorization happens in every admin page and
// every server action (a Server Action is a POST to a page route), so the proxy is never the
// security boundary.
export default function proxy(request: NextRequest, event: NextFetchEvent) {
  const { pathname } = request.nextUrl;
  // `/admin…` without a language: a signed-in user goes to the language saved with their account
  // (read from the database by the route handler; the proxy only sees that a session cookie exists).
  if (
    request.method === 'GET' &&
    (pathname === '/admin' || pathname.startsWith('/admin/')) &&
    request.cookies.getAll().some((cookie) => SESSION_COOKIE.test(cookie.name))
  ) {
    const entry = request.nextUrl.clone();
    entry.pathname = `/api/admin-entry${pathname.slice('/admin'.length)}`;
    return NextResponse.rewrite(entry);
  }
  return ADMIN_PATH.test(pathname) ? withSession(request, event) : intl(request);
}

export const config = {
  // Everything but API routes, Next internals, files with an extension, and the public pages under
  // a language (`/en`, `/ru/news/…`): those are already in their language, and they are served
  // from the page cache, which the proxy would otherwise put in front of every request (about a
  // fifth of a cached story page's server time, docs/architecture.md "Caching"). The admin under a
  // language (`/en/admin…`) still goes through it (session renewal). `/`, `/admin…` and any other
  // address without a supported language prefix (`/EN/…`, `/fr/…`) are negotiated as before.
  // Next compiles this pattern case-sensitively.
  matcher: '/((?!api|_next|_vercel|(?:en|ru)(?:/(?!admin(?:/|$))|$)|.*\\..*).*)',
};
