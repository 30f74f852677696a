import { expect, test } from '@playwright/test';
import { demoCountries, demoDigests, demoEvents, demoPages } from '../db/seed/demo-sections';
import { demoStories, type DemoStory } from '../db/seed/demo-stories';
import { withE2eDatabase } from './fixtures';
import { bilingualStory, englishOnlyStory, openEnglishStory, russianInReviewStory } from './fixtures';

test.describe('home and news', () => {
  test('the English home page shows the latest stories and leads to the news list', async ({ page }) => {
    await page.goto('/en');
    await expect(page.getByRole('heading', { level: 2, name: 'Latest news' })).toBeVisible();
    const latest = page.getByRole('region', { name: 'Latest news' }).getByRole('article');
    await expect(latest).toHaveCount(6);
    await page.getByRole('link', { name: 'All news and stories' }).click();
    await expect(page).toHaveURL(/\/en\/news$/);
    await expect(page.getByRole('heading', { level: 1, name: 'News and stories' })).toBeVisible();
  });

  test('the Russian home page shows Russian stories only', async ({ page }) => {
    await page.goto('/ru');
    await expect(page.getByRole('heading', { level: 2, name: 'Последние новости' })).toBeVisible();
    // The lead story and the latest news (events and press releases have their own sections).
    const stories = page.getByRole('region', { name: /^(Главное|Последние новости)$/ }).getByRole('article');
    const titles = await stories.getByRole('heading').allInnerTexts();
    expect(titles.length).toBeGreaterThanOrEqual(4);
    const publishedRussian = new Set(demoStories.filter((s) => s.ru && !s.ru.status).map((s) => s.ru!.title));
    for (const title of titles) expect(publishedRussian, title).toContain(title);
  });

  test('the English news list pages through the archive', async ({ page }) => {
    // Other tests publish English stories meanwhile: each page is checked against the total it states.
    const totalOnPage = async () => Number((await page.getByText(/^\d+ stories$/).innerText()).split(' ')[0]);
    await page.goto('/en/news');
    const total = await totalOnPage();
    expect(total).toBeGreaterThanOrEqual(14);
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(10);
    await expect(page.getByText(`Page 1 of ${Math.ceil(total / 10)}`)).toBeVisible();
    await page.getByRole('link', { name: /Older stories/ }).click();
    await expect(page).toHaveURL(/\/en\/news\?page=2$/);
    const total2 = await totalOnPage();
    await expect(page.getByText(`Page 2 of ${Math.ceil(total2 / 10)}`)).toBeVisible();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(Math.min(10, total2 - 10));
    // The Russian list has its own stories and pages: page 2 names no Russian page 2, which may not exist.
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveCount(0);
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', /\/en\/news\?page=2$/);
    await page.getByRole('link', { name: /Newer stories/ }).click();
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', /\/ru\/news$/);
    await expect(page).toHaveURL(/\/en\/news$/);
  });

  test('the Russian news list counts its stories with the right plural', async ({ page }) => {
    await page.goto('/ru/news');
    await expect(page.getByRole('heading', { level: 1, name: 'Новости и истории' })).toBeVisible();
    await expect(page.getByText('9 материалов')).toBeVisible();
    await expect(page.getByRole('main').getByRole('article')).toHaveCount(9);
  });
});

test.describe('a story in two languages', () => {
  test('reads in English and switches to its Russian translation', async ({ page }) => {
    await openEnglishStory(page, bilingualStory.en!.title);
    const englishPath = new URL(page.url()).pathname;
    await expect(page.getByText(bilingualStory.en!.summary)).toBeVisible();
    const firstParagraph = bilingualStory.en!.body.find((b) => b.type === 'paragraph');
    if (firstParagraph?.type === 'paragraph') await expect(page.getByText(firstParagraph.text)).toBeVisible();

    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bilingualStory.ru!.title })).toBeVisible();
    await expect(page).toHaveURL(/\/ru\/news\/[a-z0-9-]+$/);
    // Its own Russian slug, not the English one under /ru.
    expect(new URL(page.url()).pathname).not.toBe(englishPath.replace('/en/', '/ru/'));
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByText(bilingualStory.ru!.summary)).toBeVisible();

    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bilingualStory.en!.title })).toBeVisible();
  });

  test('names its alternates: canonical and hreflang for both published translations', async ({ page }) => {
    await openEnglishStory(page, bilingualStory.en!.title);
    const enUrl = page.url();
    await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', enUrl);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveAttribute('href', enUrl);
    const ruHref = await page.locator('link[rel="alternate"][hreflang="ru"]').getAttribute('href');
    expect(ruHref).toMatch(/\/ru\/news\/[a-z0-9-]+$/);
    const response = await page.goto(ruHref!);
    expect(response?.status()).toBe(200);
    await expect(page.getByRole('heading', { level: 1, name: bilingualStory.ru!.title })).toBeVisible();
  });
});

test.describe('a story not yet in Russian', () => {
  test('offers the English story on a Russian page, never a 404', async ({ page }) => {
    await openEnglishStory(page, englishOnlyStory.en!.title);
    await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveCount(0);
    await expect(page.locator('link[rel="alternate"][hreflang="en"]')).toHaveCount(1);
    const englishUrl = page.url();

    const [response] = await Promise.all([
      page.waitForResponse((r) => r.url().includes('/ru/news/') && r.request().resourceType() === 'document'),
      page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click(),
    ]);
    expect(response.status()).toBe(200);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Этот материал пока не переведён на русский язык' })).toBeVisible();
    // The interface stays Russian; only the story's own title is in English, marked as such.
    await expect(page.getByRole('link', { name: 'Новости и истории', exact: true })).toBeVisible();
    const link = page.getByRole('link', { name: `Читать на английском: ${englishOnlyStory.en!.title}` });
    await expect(link.locator('[lang="en"]')).toHaveText(englishOnlyStory.en!.title);
    await link.click();
    await expect(page).toHaveURL(englishUrl);
    await expect(page.getByRole('heading', { level: 1, name: englishOnlyStory.en!.title })).toBeVisible();
  });

  test('a Russian translation still in review stays unpublished', async ({ page }) => {
    await openEnglishStory(page, russianInReviewStory.en!.title);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Этот материал пока не переведён на русский язык' })).toBeVisible();
    await expect(page.getByText(russianInReviewStory.ru!.title)).toHaveCount(0);
  });
});

test('a story offers plain share links and, with JavaScript, a button that copies its address; related stories follow', async ({ page, context }) => {
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await openEnglishStory(page, bilingualStory.en!.title);
  const share = page.getByRole('region', { name: 'Share' });
  const address = page.url();
  for (const [name, host] of [['Facebook', 'www.facebook.com'], ['X', 'x.com'], ['Telegram', 't.me'], ['WhatsApp', 'wa.me']] as const) {
    const href = await share.getByRole('link', { name: new RegExp(`^${name}`) }).getAttribute('href');
    expect(new URL(href!).host).toBe(host);
    expect(decodeURIComponent(href!)).toContain(address);
  }
  expect(await share.getByRole('link', { name: 'E-mail' }).getAttribute('href')).toMatch(/^mailto:\?subject=/);
  await share.getByRole('button', { name: 'Copy link' }).click();
  await expect(share.getByRole('button', { name: 'Link copied' })).toBeVisible();
  expect(await page.evaluate(() => navigator.clipboard.readText())).toBe(address);
  await expect(page.getByRole('region', { name: 'Related stories' }).getByRole('listitem').first().getByRole('link')).toBeVisible();
});

test.describe('without JavaScript', () => {
  test.use({ javaScriptEnabled: false });

  test('every public page template is whole in both languages, and its language switcher leads to the other', async ({ page }) => {
    const pages = await publicTemplates();
    for (const locale of ['en', 'ru'] as const) {
      for (const path of pages[locale]) {
        const response = await page.goto(path);
        expect(response?.status(), path).toBe(200);
        await expect(page.getByRole('heading', { level: 1 }), path).toBeVisible();
        await expect(page.locator('html'), path).toHaveAttribute('lang', locale);
        // The switcher is a plain link to the same page in the other language.
        const other = locale === 'en' ? 'Русский' : 'English';
        await page.getByRole('navigation', { name: locale === 'en' ? 'Language' : 'Язык' }).getByRole('link', { name: other }).click();
        await expect(page.locator('html'), `${path} → ${other}`).toHaveAttribute('lang', locale === 'en' ? 'ru' : 'en');
        await expect(page.getByRole('heading', { level: 1 }), `${path} → ${other}`).toBeVisible();
      }
    }
  });

  test('a reader can go from home to a story and to its translation', async ({ page }) => {
    await page.goto('/en');
    await page.getByRole('link', { name: 'News and stories', exact: true }).click();
    await openEnglishStory(page, bilingualStory.en!.title);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bilingualStory.ru!.title })).toBeVisible();
  });
});

/** A demo story's slug in one language, as the seed made it (from its title). */
/** One address of each public page template, in each language. */
async function publicTemplates(): Promise<Record<'en' | 'ru', string[]>> {
  const section = demoPages.find((p) => p.parentKey !== null && p.ru && !p.ru.status)!;
  const event = demoEvents.find((e) => e.ru && !e.ru.status)!;
  const country = demoCountries.find((c) => c.ru && !c.ru.status)!;
  const digest = demoDigests.find((d) => d.ru && !d.ru.status)!;
  const pages: Record<'en' | 'ru', string[]> = { en: [], ru: [] };
  for (const locale of ['en', 'ru'] as const) {
    pages[locale] = [
      `/${locale}`,
      `/${locale}/news`,
      `/${locale}/news/${await storySlug(null, locale, bilingualStory)}`,
      `/${locale}/events`,
      `/${locale}/events/${event[locale]!.slug}`,
      `/${locale}/almaty-process`,
      `/${locale}/almaty-process/${section[locale]!.slug}`,
      `/${locale}/almaty-process/events`,
      `/${locale}/almaty-process/documents`,
      `/${locale}/countries`,
      `/${locale}/countries/${country[locale]!.slug}`,
      `/${locale}/contact`,
      `/${locale}/resources`,
      `/${locale}/digest`,
      `/${locale}/digest/${digest[locale]!.slug}`,
      `/${locale}/search?q=${locale === 'en' ? 'migrants' : 'мигранты'}`,
    ];
  }
  return pages;
}

test('on a 320 px phone no public page scrolls sideways, whatever the length of a headline’s words or of a search', async ({ browser }) => {
  test.slow();
  const context = await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false });
  const page = await context.newPage();
  const pages = await publicTemplates();
  const longWords = demoStories.find((s) => s.ru?.title.includes('реинтеграционные'))!;
  const extra = [
    `/ru/news/${await storySlug(null, 'ru', longWords)}`,
    `/ru/search?q=${encodeURIComponent('https://www.unhcr.org/centralasia/ru/news/ibelong-tsentralnaya-aziya')}`,
    `/en/search?q=${'a'.repeat(190)}`,
  ];
  for (const path of [...pages.en, ...pages.ru, ...extra]) {
    expect((await page.goto(path))?.status(), path).toBe(200);
    const width = await page.evaluate(() => document.documentElement.scrollWidth);
    expect(width, `${path} is ${width} px wide`).toBeLessThanOrEqual(320);
  }
  await context.close();
});

async function storySlug(_page: unknown, locale: 'en' | 'ru', story: DemoStory): Promise<string> {
  const title = story[locale]!.title;
  return withE2eDatabase((db) => (db.prepare('select slug from translation_publications where locale = ? and title = ?').get(locale, title) as { slug: string }).slug);
}
