import { expect, test } from '@playwright/test';
import { and, eq } from 'drizzle-orm';
import { entryTranslations } from '../db/schema';
import { insertE2eEntry, withE2eDrizzle } from './db';
import { signIn } from './fixtures';

test('a reader without JavaScript searches in Russian and finds other forms of the word, marked, and opens the story', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto('/ru');
  await page.getByRole('navigation', { name: 'Основная навигация' }).getByRole('link', { name: 'Поиск' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Поиск' })).toBeVisible();
  await page.getByLabel('Что найти').fill('мигрантов');
  await page.getByRole('button', { name: 'Найти' }).click();
  await expect(page).toHaveURL(/\/ru\/search\?q=%D0%BC/);
  const results = page.getByRole('region', { name: /по запросу «мигрантов»/ });
  await expect(results.getByRole('heading', { level: 2 })).toHaveText(/^\d+ результат(а|ов)? по запросу «мигрантов»$/);
  const marks = await results.locator('mark').allTextContents();
  expect(marks.length).toBeGreaterThan(0);
  for (const mark of marks) expect(mark.toLowerCase()).toMatch(/^мигрант/);
  // Other forms than the one typed are found too.
  expect(marks.some((m) => m.toLowerCase() !== 'мигрантов')).toBe(true);
  // Documents are found too (their link is the PDF); a story's link opens its page.
  await expect(results.getByRole('article').filter({ hasText: 'файл PDF' }).first()).toBeVisible();
  const first = results.getByRole('article').filter({ hasNotText: 'файл PDF' }).first().getByRole('heading').getByRole('link');
  const title = (await first.innerText()).trim();
  await first.click();
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await context.close();
});

test('search follows publishing: a story is found once published and no longer once unpublished', async ({ browser }) => {
  test.slow();
  // Ends in a vowel and a consonant, so that its plural ("…aks") has the same stem in English: a
  // random ending such as "…us" would not (Porter2 keeps "us").
  const word = `zq${Date.now().toString(36)}ak`;
  const publishedAt = new Date(Date.now() - 60_000);
  const storyId = await insertE2eEntry({
    kind: 'press_release',
    translations: [{ locale: 'en', title: `Findable release ${word}`, summary: `About ${word}s and more.`, dateline: 'Almaty', body: { type: 'doc', content: [] }, status: 'published', publishedAt }],
  });
  const reader = await browser.newPage();
  await reader.goto(`/en/search?q=${word}`);
  const results = reader.getByRole('region', { name: `1 result for “${word}”` });
  await expect(results.getByRole('link', { name: `Findable release ${word}` })).toBeVisible();
  await expect(results.locator('mark').filter({ hasText: `${word}s` })).toBeVisible();
  await expect(reader.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);

  const editor = await (await browser.newContext()).newPage();
  await editor.goto('/en/admin/sign-in');
  await signIn(editor, 'editor@example.org');
  await expect(editor.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await editor.goto(`/en/admin/stories/${storyId}`);
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /Unpublished|back to draft/i })).toBeVisible();
  const status = await withE2eDrizzle((db) => db.select({ status: entryTranslations.status }).from(entryTranslations).where(and(eq(entryTranslations.entryId, storyId), eq(entryTranslations.locale, 'en'))).get());
  expect(status?.status).toBe('draft');

  await reader.goto(`/en/search?q=${word}`);
  await expect(reader.getByRole('heading', { level: 2, name: `No results for “${word}”` })).toBeVisible();
});

test('a query of nothing but signs asks for a word; a hostile one is shown as typed', async ({ page }) => {
  await page.goto('/en/search?q=%22%2A%28%29%3A%5E');
  await expect(page.getByRole('heading', { level: 2, name: 'Type a word to search for.' })).toBeVisible();
  await page.goto(`/en/search?q=${encodeURIComponent('almaty" OR NEAR(')}`);
  await expect(page.getByLabel('Words to search for')).toHaveValue('almaty" OR NEAR(');
  await expect(page.getByRole('heading', { level: 2 })).toContainText('for “almaty" OR NEAR(”');
});
