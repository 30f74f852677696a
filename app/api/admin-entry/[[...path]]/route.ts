import { NextResponse, type NextRequest } from 'next/server';
import { getCurrentUser } from '@/lib/authz';
import { negotiateLocale } from '@/lib/negotiate-locale';

const SEGMENT = /^[A-Za-z0-9._~-]+$/;

/**
 * `/admin/…` without a language in the URL (the proxy sends signed-in browsers here, as
 * `/api/admin-entry/…`): a signed-in user goes to the language they chose last in the admin,
 * which follows them across devices; anyone else is negotiated like the public site.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/api/admin-entry/[[...path]]'>) {
  const { path = [] } = await params;
  // Only ever an admin path of this site, segment by plain segment: no open redirect.
  const rest = path.every((segment) => SEGMENT.test(segment) && segment !== '..' && segment !== '.') ? path : [];
  const user = await getCurrentUser();
  const locale = user?.preferredLocale ?? negotiateLocale(request.cookies.get('NEXT_LOCALE')?.value, request.headers.get('accept-language'));
  const target = request.nextUrl.clone();
  target.pathname = ['', locale, 'admin', ...rest].join('/');
  const response = NextResponse.redirect(target, 307);
  response.headers.set('Cache-Control', 'private, no-store');
  return response;
}
