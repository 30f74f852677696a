/**
 * Where the admin's language switch lands: the same admin page in the other language when the
 * request came from an admin page of this site (the Referer, same host only), else that
 * language's dashboard. Never the sign-in page, never anywhere else.
 */
export function adminPathIn(locale: string, referer: string | null, host: string | null): string {
  if (referer && host) {
    try {
      const url = new URL(referer);
      const match = /^\/(?:en|ru)(\/admin(?:\/[^]*)?)$/.exec(url.pathname);
      if (url.host === host && match && !match[1]!.startsWith('/admin/sign-in')) return `/${locale}${match[1]}${url.search}`;
    } catch {
      // Not a URL: the dashboard.
    }
  }
  return `/${locale}/admin`;
}
