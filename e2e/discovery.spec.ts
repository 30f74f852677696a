import { expect, test } from '@playwright/test';
import { bilingualStory, englishOnlyStory, openEnglishStory, russianInReviewStory, withE2eDatabase } from './fixtures';

/** The working-copy slug of a demo story's translation, found by its title. */
function slugOf(title: string): Promise<string> {
  return withE2eDatabase((db) => db.prepare('select slug from entry_translations where title = ?').pluck().get(title) as string);
}

test('each language has an RSS feed of its public stories, advertised on its pages', async ({ page, request }) => {
  const response = await request.get('/ru/feed.xml');
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/rss+xml; charset=utf-8');
  const xml = await response.text();
  expect(xml).toContain('<language>ru</language>');
  expect(xml).toContain(`<title>${bilingualStory.ru!.title}</title>`);
  // A translation waiting for review is not public, nor is a story with no Russian version.
  expect(xml).not.toContain(russianInReviewStory.ru!.title);
  expect(xml).not.toContain(englishOnlyStory.en!.title);
  const items = xml.match(/<item>/g) ?? [];
  expect(items.length).toBeGreaterThan(0);
  expect(items.length).toBeLessThanOrEqual(20);

  const english = await (await request.get('/en/feed.xml')).text();
  expect(english).toContain(`<title>${englishOnlyStory.en!.title}</title>`);
  expect(english).toContain(`/en/news/${await slugOf(englishOnlyStory.en!.title)}</link>`);

  for (const path of ['/en', '/ru/news']) {
    await page.goto(path);
    const locale = path.slice(1, 3);
    await expect(page.locator('link[rel="alternate"][type="application/rss+xml"]')).toHaveAttribute('href', new RegExp(`/${locale}/feed\\.xml$`));
  }
});

test('the sitemap lists public translations only, each with its published alternates; robots.txt names it', async ({ request, baseURL }) => {
  const robots = await (await request.get('/robots.txt')).text();
  expect(robots).toContain(`Sitemap: ${baseURL}/sitemap.xml`);
  expect(robots).toContain('Disallow: /en/admin');

  const xml = await (await request.get('/sitemap.xml')).text();
  const entryFor = (path: string) => xml.split('<url>').find((entry) => entry.includes(`<loc>${baseURL}${path}</loc>`));

  const [enSlug, ruSlug] = await Promise.all([slugOf(bilingualStory.en!.title), slugOf(bilingualStory.ru!.title)]);
  for (const own of [`/en/news/${enSlug}`, `/ru/news/${ruSlug}`]) {
    const entry = entryFor(own);
    expect(entry, own).toBeDefined();
    expect(entry).toContain(`hreflang="en" href="${baseURL}/en/news/${enSlug}"`);
    expect(entry).toContain(`hreflang="ru" href="${baseURL}/ru/news/${ruSlug}"`);
  }

  // English only: listed in English, with no Russian alternate.
  const englishOnly = entryFor(`/en/news/${await slugOf(englishOnlyStory.en!.title)}`);
  expect(englishOnly).toBeDefined();
  expect(englishOnly).not.toContain('hreflang="ru"');

  // A Russian translation still in review is nowhere in the sitemap.
  expect(xml).not.toContain(`/ru/news/${await slugOf(russianInReviewStory.ru!.title)}<`);
  expect(xml).not.toContain(`/ru/news/${await slugOf(russianInReviewStory.ru!.title)}"`);
});

test('the home page describes the site to search engines (JSON-LD with its search) and to link previews', async ({ page }) => {
  for (const locale of ['en', 'ru'] as const) {
    await page.goto(`/${locale}`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
    expect(data).toMatchObject({ '@type': 'WebSite', inLanguage: locale, url: expect.stringMatching(new RegExp(`/${locale}$`)) });
    expect(data.potentialAction.target).toMatch(new RegExp(`/${locale}/search\\?q=\\{search_term_string\\}$`));
    await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', 'summary');
    await expect(page.locator('meta[property="og:site_name"]')).toHaveAttribute('content', data.name);
  }
  // The search it names answers.
  const response = await page.goto('/en/search?q=Almaty');
  expect(response?.status()).toBe(200);
});

test('a story page describes itself as a NewsArticle and asks for the card its picture allows', async ({ page }) => {
  await openEnglishStory(page, bilingualStory.en!.title);
  const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent()) ?? 'null');
  expect(data).toMatchObject({ '@type': 'NewsArticle', headline: bilingualStory.en!.title, inLanguage: 'en', publisher: { '@type': 'Organization', name: 'UN Central Asia Newsroom' } });
  expect(new Date(data.datePublished).toISOString()).toBe(new Date(bilingualStory.publishedAt).toISOString());
  expect(data.mainEntityOfPage).toBe(page.url());
  await expect(page.locator('meta[name="twitter:card"]')).toHaveAttribute('content', bilingualStory.hero ? 'summary_large_image' : 'summary');
  if (bilingualStory.hero) expect(data.image[0]).toMatch(/^http:\/\/localhost:\d+\/media\//);
});
