import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { demoEvents, demoPages } from '../db/seed/demo-sections';
import { demoStories } from '../db/seed/demo-stories';
import { bilingualStory, englishOnlyStory, openEnglishStory, signIn } from './fixtures';

/** A demo story with an image in its text (the bilingual story above has a hero image). */
const storyWithBodyImage = demoStories.find((s) => s.en && s.ru && !s.ru.status && s.en.body.some((b) => b.type === 'image'))!;

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.describe('axe finds no WCAG 2.1 AA violations', () => {
  for (const path of ['/en', '/ru', '/en/news', '/ru/news', '/en/resources', '/ru/resources?year=2021', '/en/search?q=migrants', '/ru/search?q=мигрантов', '/en/countries', '/ru/countries', '/en/contact', '/ru/contact', '/en/events', '/ru/events', '/en/almaty-process', '/ru/almaty-process', '/en/almaty-process/events', '/ru/almaty-process/events', '/en/almaty-process/documents', '/ru/almaty-process/documents', '/en/missing-page', '/ru/admin/sign-in']) {
    test(`on ${path}`, async ({ page }) => {
      await page.goto(path);
      await expectNoViolations(page);
    });
  }

  // A page of the section below its front page, and an event, in each language.
  const sectionPage = demoPages.find((p) => p.parentKey !== null && p.ru && !p.ru.status)!;
  const event = demoEvents.find((e) => e.ru && !e.ru.status && e.documents.length > 0)!;
  for (const path of [`/en/almaty-process/${sectionPage.en.slug}`, `/ru/almaty-process/${sectionPage.ru!.slug}`, `/en/events/${event.en.slug}`, `/ru/events/${event.ru!.slug}`]) {
    test(`on ${path}`, async ({ page }) => {
      const response = await page.goto(path);
      expect(response?.status()).toBe(200);
      await expectNoViolations(page);
    });
  }

  test('on a story page with a hero image', async ({ page }) => {
    await openEnglishStory(page, bilingualStory.en!.title);
    await expect(page.getByRole('main').getByRole('figure')).toHaveCount(1);
    await expectNoViolations(page);
  });

  test('on a story page with an image in its text', async ({ page }) => {
    await openEnglishStory(page, storyWithBodyImage.en!.title);
    await expect(page.getByRole('main').getByRole('figure')).toHaveCount(1);
    await expectNoViolations(page);
  });

  test('on a story page in Russian', async ({ page }) => {
    await openEnglishStory(page, bilingualStory.en!.title);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: bilingualStory.ru!.title })).toBeVisible();
    await expectNoViolations(page);
  });

  test('on the Russian page of a story not yet translated', async ({ page }) => {
    await openEnglishStory(page, englishOnlyStory.en!.title);
    await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Этот материал пока не переведён на русский язык' })).toBeVisible();
    await expectNoViolations(page);
  });

  test.describe('in the admin', () => {
    test.beforeEach(async ({ page }) => {
      await page.goto('/en/admin/sign-in');
      await signIn(page, 'editor@example.org');
      await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
    });

    test('on the dashboard', async ({ page }) => {
      await expectNoViolations(page);
    });

    test('on the story list', async ({ page }) => {
      await page.goto('/en/admin/stories');
      await expectNoViolations(page);
    });

    test('on the translation queue, a translation workspace and the glossary', async ({ page }) => {
      await page.goto('/en/admin/translations');
      await expectNoViolations(page);
      await page.getByRole('rowheader').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1, name: /^Translation: / })).toBeVisible();
      await expectNoViolations(page);
      await page.goto('/ru/admin/glossary');
      await expectNoViolations(page);
    });

    test('on the pages, events, countries and digests lists and an event’s editor', async ({ page }) => {
      for (const path of ['/en/admin/pages', '/en/admin/events', '/ru/admin/countries', '/en/admin/digests']) {
        await page.goto(path);
        await expectNoViolations(page);
      }
      await page.goto('/en/admin/events');
      await page.getByRole('rowheader').first().getByRole('link').click();
      await expect(page.getByLabel('First day')).toBeVisible();
      await expectNoViolations(page);
    });

    test('on the documents list', async ({ page }) => {
      await page.goto('/en/admin/documents');
      await expectNoViolations(page);
    });

    test('on the new document page', async ({ page }) => {
      await page.goto('/ru/admin/documents/new');
      await expectNoViolations(page);
    });

    test('on a document’s page', async ({ page }) => {
      await page.goto('/en/admin/documents');
      await page.getByRole('rowheader').first().getByRole('link').click();
      await expect(page.getByRole('heading', { level: 1, name: /^Edit document: / })).toBeVisible();
      await expectNoViolations(page);
    });

    test('in the story editor and its revisions', async ({ page }) => {
      await page.goto('/en/admin/stories');
      await page.getByRole('link', { name: bilingualStory.en!.title }).click();
      await expect(page.getByRole('textbox', { name: 'Text' })).toBeVisible();
      await expectNoViolations(page);
      await page.getByRole('link', { name: 'Revisions' }).click();
      await expectNoViolations(page);
    });

    test('in the image picker of the story editor', async ({ page }) => {
      // Editor, then dialog, then axe over both: more than a minute on two busy cores.
      test.slow();
      await page.goto('/en/admin/stories');
      await page.getByRole('link', { name: bilingualStory.en!.title }).click();
      await expect(page.getByRole('group', { name: 'Hero image' }).getByRole('img')).toBeVisible();
      await page.getByRole('button', { name: 'Change hero image' }).click();
      const dialog = page.getByRole('dialog', { name: 'Choose the hero image' });
      await expect(dialog.getByRole('status')).toHaveText(/\d+ images/);
      await expectNoViolations(page);
    });
  });
});
