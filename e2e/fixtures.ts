import { expect, type Page } from '@playwright/test';
import { demoStories } from '../db/seed/demo-stories';
import { E2E_PASSWORD } from '../playwright.config';

export { E2E_PASSWORD };

export const bilingualStory = demoStories.find((s) => s.en && s.ru && !s.ru.status && s.sourceLocale === 'en')!;
export const englishOnlyStory = demoStories.find((s) => s.en && !s.ru)!;
export const russianInReviewStory = demoStories.find((s) => s.en && s.ru?.status === 'in_review')!;

/** Opens a story from the English news list the way a reader would: by its title. */
export async function openEnglishStory(page: Page, title: string) {
  await page.goto('/en/news');
  for (;;) {
    const link = page.getByRole('link', { name: title, exact: true });
    if (await link.count()) {
      await link.click();
      break;
    }
    await page.getByRole('link', { name: /Older stories/ }).click();
  }
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
}

export async function signIn(page: Page, email: string, password = E2E_PASSWORD) {
  await page.getByLabel('E-mail').fill(email);
  await page.getByLabel('Password').fill(password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}
