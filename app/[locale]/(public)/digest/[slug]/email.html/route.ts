import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { lookupDigestBySlug } from '@/db/queries/digests';
import { getSiteSettings } from '@/db/queries/site-settings';
import { routing } from '@/i18n/routing';
import { formatIssueMonth } from '@/lib/digests';
import { storyDocumentCards } from '@/lib/documents/story-cards';
import { emailStoryRefs, renderDigestEmail } from '@/lib/email-html';
import { entryType } from '@/lib/entry-types';
import { getEnv } from '@/lib/env';
import { figureImages } from '@/lib/media/figure-images';
import { bodyMediaIds } from '@/lib/rich-text';
import { storyRefCards } from '@/lib/story-refs/cards';

/**
 * A live issue as one standalone HTML document for the editors' mailing tool (lib/email-html.ts):
 * every address absolute against SITE_URL, "view in your browser" pointing at the issue's page.
 *
 * Public, like the page itself: it holds exactly what the live issue's page shows (a draft, a
 * scheduled or an untranslated version is a 404), and a mailing tool that imports a campaign from
 * a URL fetches it without a session. Kept out of search engines: it duplicates the issue's page.
 * Another language's slug is sent to this language's export, as the page redirects.
 */
export async function GET(_request: Request, { params }: RouteContext<'/[locale]/digest/[slug]/email.html'>) {
  const { locale, slug } = await params;
  if (!hasLocale(routing.locales, locale)) return new Response('Not found', { status: 404 });
  const result = lookupDigestBySlug(locale, decodeURIComponent(slug));
  const origin = getEnv().SITE_URL;
  if (result.kind === 'redirect') return Response.redirect(new URL(`${entryType('digest').publicPath(locale, result.slug)}/email.html`, origin), 308);
  if (result.kind !== 'found') return new Response('Not found', { status: 404 });
  const { digest } = result;
  const [t, tDigest, images, documents, cards] = await Promise.all([
    getTranslations({ locale, namespace: 'DigestEmail' }),
    getTranslations({ locale, namespace: 'Digest' }),
    figureImages(bodyMediaIds(digest.body), locale),
    storyDocumentCards(digest.body, locale),
    storyRefCards(digest.body, locale),
  ]);
  const settings = getSiteSettings();
  const html = renderDigestEmail({
    locale,
    siteName: settings.siteName[locale],
    title: digest.title,
    issueLabel: tDigest('issueLabel', { month: formatIssueMonth(digest.issueMonth, locale) }),
    summary: digest.summary,
    body: digest.body,
    storyRefs: emailStoryRefs(cards),
    documents,
    images,
    baseUrl: origin,
    footerText: settings.footerText[locale],
    webViewUrl: entryType('digest').publicPath(locale, digest.slug),
    t: (key) => t(key),
  });
  return new Response(html, {
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'public, max-age=60',
      'x-robots-tag': 'noindex',
    },
  });
}
