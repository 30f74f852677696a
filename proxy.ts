import createMiddleware from 'next-intl/middleware';
import { NextResponse, type NextRequest } from 'next/server';
import { routing } from './i18n/routing';

const intl = createMiddleware(routing);

/** next-auth's session cookie, over http (the demo) and https; a large one comes in chunks (`.0`, `.1`). */
const SESSION_COOKIE = /^(__Secure-)?authjs\.session-token(\.\d+)?$/;

// Locale negotiation only. Authorization happens in every admin page and every server action;
// a Server Action is a POST to a page route, so the proxy can never be the security boundary.
export default function proxy(request: NextRequest) {
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
  return intl(request);
}

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
