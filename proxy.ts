import createMiddleware from 'next-intl/middleware';
import { routing } from './i18n/routing';

// Locale negotiation only. Authorization happens in every admin page and every server action;
// a Server Action is a POST to a page route, so the proxy can never be the security boundary.
export default createMiddleware(routing);

export const config = {
  // Everything but API routes, Next internals and files with an extension.
  matcher: '/((?!api|_next|_vercel|.*\\..*).*)',
};
