import type { MetadataRoute } from 'next';
import { getEnv } from '@/lib/env';

export const dynamic = 'force-dynamic';

/** Everything public may be crawled; the admin and the API may not. */
export default function robots(): MetadataRoute.Robots {
  const origin = getEnv().SITE_URL;
  return {
    rules: { userAgent: '*', allow: '/', disallow: ['/api/', '/en/admin', '/ru/admin', '/admin'] },
    sitemap: `${origin}/sitemap.xml`,
  };
}
