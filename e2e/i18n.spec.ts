import { expect, test } from '@playwright/test';

test.describe('language negotiation', () => {
  test('a Russian-speaking visitor to / lands on the Russian home page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'ru-RU', extraHTTPHeaders: { 'Accept-Language': 'ru-RU,ru;q=0.9,en;q=0.5' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Новости и истории из Центральной Азии' })).toBeVisible();
    await context.close();
  });

  test('an English-speaking visitor to / lands on the English home page', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await expect(page.getByRole('heading', { level: 1, name: 'News and stories from Central Asia' })).toBeVisible();
    await context.close();
  });

  test('a visitor in another language gets English, the default', async ({ browser }) => {
    const context = await browser.newContext({ extraHTTPHeaders: { 'Accept-Language': 'fr-FR,fr;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('a reader who switches language is sent to that language from / next time', async ({ browser }) => {
    const context = await browser.newContext({ locale: 'en-GB', extraHTTPHeaders: { 'Accept-Language': 'en-GB,en;q=0.9' } });
    const page = await context.newPage();
    await page.goto('/en');
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page).toHaveURL(/\/ru$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/ru$/);
    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(/\/en$/);
    await page.goto('/');
    await expect(page).toHaveURL(/\/en$/);
    await context.close();
  });

  test('pages under a language set no cookie, whatever the browser asks for', async ({ request }) => {
    // They are served from the page cache as they are: a Set-Cookie would make them uncacheable
    // for any shared cache in front of the site.
    for (const [path, acceptLanguage] of [['/en', 'ru-RU,ru;q=0.9'], ['/ru', 'en-GB,en;q=0.9'], ['/ru/news', 'fr']] as const) {
      const response = await request.get(path, { headers: { 'Accept-Language': acceptLanguage } });
      expect(response.status(), path).toBe(200);
      expect(response.headers()['set-cookie'], path).toBeUndefined();
    }
  });
});

test.describe('unknown addresses', () => {
  test('get a 404 page in English', async ({ page }) => {
    const response = await page.goto('/en/no-such-page/at-all');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Go to the home page' })).toHaveAttribute('href', '/en');
  });

  test('get a 404 page in Russian', async ({ page }) => {
    const response = await page.goto('/ru/net-takoi-stranitsy');
    expect(response?.status()).toBe(404);
    await expect(page.locator('html')).toHaveAttribute('lang', 'ru');
    await expect(page.getByRole('heading', { level: 1, name: 'Страница не найдена' })).toBeVisible();
    await expect(page.getByRole('link', { name: 'Перейти на главную страницу' })).toHaveAttribute('href', '/ru');
  });

  test('an unknown story slug is a 404, not an error', async ({ page }) => {
    const response = await page.goto('/en/news/there-is-no-such-story');
    expect(response?.status()).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  });

  test('a news page number past the end or not a number is a 404', async ({ page }) => {
    expect((await page.goto('/en/news?page=999'))?.status()).toBe(404);
    expect((await page.goto('/en/news?page=abc'))?.status()).toBe(404);
  });
});
