import type { NextConfig } from 'next';
import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

const isDev = process.env.NODE_ENV === 'development';
// Read when the headers are computed, i.e. at build time: build with the production SITE_URL.
const https = /^https:/i.test(process.env.SITE_URL ?? '');

/**
 * No third-party origin anywhere. Scripts: Next's App Router bootstraps every page with inline
 * `<script>` elements (`self.__next_f.push(…)`, the flight data). Without per-request nonces,
 * which would force every page to render dynamically and defeat caching of the public site, the
 * only ways to allow them are 'unsafe-inline' or hashes of each script, which change per page
 * and build. So script-src keeps 'unsafe-inline' (Next's own guide, "Without Nonces"); what
 * guards against injected script is that no stored text is ever rendered as HTML (rich text goes
 * through an allow-list) and that scripts can only come from this origin. Styles: TipTap and
 * React set style attributes, hence 'unsafe-inline' for styles. Development needs 'unsafe-eval'.
 */
const contentSecurityPolicy = [
  "default-src 'self'",
  `script-src 'self' 'unsafe-inline'${isDev ? " 'unsafe-eval'" : ''}`,
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
  "frame-ancestors 'none'",
  ...(https ? ['upgrade-insecure-requests'] : []),
].join('; ');

/** For uploaded files served from /media: no scripts, no plugins, no subresources, a sandboxed origin. */
const uploadedFilePolicy = "default-src 'none'; sandbox; frame-ancestors 'none'";

const securityHeaders = [
  { key: 'Content-Security-Policy', value: contentSecurityPolicy },
  { key: 'X-Content-Type-Options', value: 'nosniff' },
  { key: 'Referrer-Policy', value: 'strict-origin-when-cross-origin' },
  {
    key: 'Permissions-Policy',
    value: 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), interest-cohort=(), browsing-topics=()',
  },
  { key: 'X-Frame-Options', value: 'DENY' },
  // Only over https (a browser ignores it over http anyway, but a misconfigured proxy would not).
  // No includeSubDomains: other hosts of the office's domain are not ours to pin.
  ...(https ? [{ key: 'Strict-Transport-Security', value: 'max-age=31536000' }] : []),
];

const nextConfig: NextConfig = {
  poweredByHeader: false,
  // better-sqlite3 is a native addon: load it from node_modules at run time, never bundle it.
  serverExternalPackages: ['better-sqlite3'],
  typedRoutes: false,
  experimental: {
    // The public pages' cache lives in the server's memory only: a server started on another
    // database (a restore, the tests' fresh one, a second server on the same build) must never be
    // served pages another database rendered, and a restart starts from what the database says.
    isrFlushToDisk: false,
  },
  async headers() {
    // Static headers: the same on every response, so cached pages keep them. Uploaded files get a
    // policy of their own: nothing may load or run in them, even if one were opened as a page.
    // (A header a route handler sets itself is replaced by these, so it must be said here; when
    // two rules set the same header, the later one wins.)
    return [
      { source: '/:path*', headers: securityHeaders },
      { source: '/media/:path*', headers: [{ key: 'Content-Security-Policy', value: uploadedFilePolicy }] },
    ];
  },
};

export default withNextIntl(nextConfig);
