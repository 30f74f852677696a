import { expect, test, type Browser, type Page } from '@playwright/test';
import { englishOnlyStory, russianInReviewStory, signIn, withE2eDatabase } from './fixtures';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto('/en/admin/sign-in');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return page;
}

async function createStory(page: Page, title: string): Promise<string> {
  await page.goto('/en/admin/stories');
  await page.getByRole('link', { name: 'New story' }).click();
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  return page.url();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible({ timeout: 10_000 });
const slugOf = (title: string) => title.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

test('an editor writes, previews, submits, publishes, edits, compares and restores a story', async ({ browser }) => {
  test.slow();
  const page = await signedInPage(browser, 'editor@example.org');
  const title = `Border crossing at Zhibek Zholy ${Date.now()}`;
  const editorUrl = await createStory(page, title);

  // Autosave while typing.
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('IOM staff met the family at the checkpoint.');
  await page.getByLabel('Summary').fill('A family returns home with IOM support.');
  await saved(page);
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText('IOM staff met the family at the checkpoint.');
  await expect(page.getByLabel('Summary')).toHaveValue('A family returns home with IOM support.');

  // Preview in the public layout; a visitor sees nothing.
  await page.getByRole('link', { name: 'Preview' }).click();
  await expect(page.getByRole('note', { name: 'Preview' })).toContainText('Preview — not what visitors see');
  await expect(page.getByRole('heading', { level: 1, name: title })).toBeVisible();
  const publicUrl = page.url();
  const visitor = await browser.newPage();
  expect((await visitor.goto(publicUrl))?.status()).toBe(404);
  await page.getByRole('link', { name: 'Leave the preview and go back to the editor' }).click();
  await expect(page).toHaveURL(editorUrl + '?lang=en');

  // Review, then publish.
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();
  await expect(page.getByText('Status:').locator('..')).toContainText('In review');
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  expect((await visitor.goto(publicUrl))?.status()).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(visitor.getByRole('note', { name: 'Preview' })).toHaveCount(0);
  await visitor.goto('/en/news');
  await expect(visitor.getByRole('link', { name: title })).toBeVisible();

  // An edit is saved but not public until published again.
  const newTitle = `${title} (updated)`;
  await page.getByLabel('Title', { exact: true }).fill(newTitle);
  await page.getByLabel('Note for this revision (optional)').fill('Clearer headline');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await saved(page);
  await visitor.goto(publicUrl);
  await expect(visitor.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  // The editor's page says so at once, and after a reload.
  await expect(page.getByText('Unpublished changes')).toBeVisible();
  await page.reload();
  await expect(page.getByText('Unpublished changes')).toBeVisible();

  // The revisions: what changed, and bringing back the earlier title.
  await page.getByRole('link', { name: 'Revisions' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Revisions of the English version' })).toBeVisible();
  await expect(page.getByRole('cell', { name: 'Clearer headline' })).toBeVisible();
  const diff = page.getByRole('region', { name: /Changes from version \d+ to version \d+/ });
  await expect(diff.getByRole('definition').first()).toContainText('(updated)');
  await expect(diff.locator('ins').first()).toContainText('updated');
  const restoreButtons = page.getByRole('button', { name: /^Restore version \d+$/ });
  await restoreButtons.first().click();
  await expect(page.getByRole('cell', { name: /restored from version \d+/ })).toBeVisible();
  await page.getByRole('link', { name: 'Back to the editor' }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(title);
  expect(publicUrl).toContain(`/en/news/${slugOf(title)}`);
});

test('a scheduled story goes public at its time with no one acting', async ({ browser }) => {
  test.slow();
  const page = await signedInPage(browser, 'editor@example.org');
  const title = `Senior officials meet in Istanbul ${Date.now()}`;
  const editorUrl = await createStory(page, title);
  const storyId = Number(editorUrl.split('/').pop());
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type('Thirty-five delegates took part.');

  // In the past: refused with a clear message.
  await page.getByLabel('Publish time (Almaty time)').fill('2021-05-26T09:00');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('alert').filter({ hasText: 'Choose a publish time in the future to schedule.' })).toBeVisible();

  await page.getByLabel('Publish time (Almaty time)').fill('2099-05-26T09:00');
  await page.getByRole('button', { name: 'Schedule' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Scheduled.' })).toBeVisible();
  await expect(page.getByText('Status:').locator('..')).toContainText('Scheduled');
  // To the minute, in Almaty time: a story due later today must say when.
  await expect(page.getByText(/Goes public on May 26, 2099, 9:00\sAM/)).toBeVisible();

  const visitor = await browser.newPage();
  const url = `/en/news/${slugOf(title)}`;
  expect((await visitor.goto(url))?.status()).toBe(404);

  // Let its time come (the clock, not a person): the server shows it without a restart.
  await withE2eDatabase((db) => {
    const past = Date.now() - 60_000;
    db.prepare('update translation_publications set published_at = ? where entry_id = ?').run(past, storyId);
    db.prepare('update entry_translations set published_at = ? where entry_id = ?').run(past, storyId);
  });
  // Its page was cached as "not found": the scheduler (every 30 s) has it rendered afresh, so it
  // is public within a minute of its time.
  await expect.poll(async () => (await visitor.goto(url))?.status(), { timeout: 60_000, intervals: [2_000] }).toBe(200);
  await expect(visitor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await page.reload();
  await expect(page.getByText('Status:').locator('..')).toContainText('Published');
});

test('two people saving the same story: the second sees both versions and nothing is lost', async ({ browser }) => {
  test.slow();
  const alice = await signedInPage(browser, 'editor@example.org');
  const title = `Reintegration survey ${Date.now()}`;
  const url = await createStory(alice, title);
  const bob = await signedInPage(browser, 'admin@example.org');
  await bob.goto(url);
  await expect(bob.getByLabel('Title', { exact: true })).toHaveValue(title);

  await alice.getByLabel('Summary').fill('95% of respondents were satisfied.');
  await saved(alice);

  await bob.getByLabel('Summary').fill('86% said they feel better in their lives.');
  const panel = bob.getByRole('region', { name: 'Someone else saved this story' });
  await expect(panel).toBeVisible({ timeout: 10_000 });
  await expect(panel).toContainText('Daniyar Editor saved it');
  await expect(panel.locator('del', { hasText: 'respondents were satisfied' })).toBeVisible();
  await expect(panel.locator('ins', { hasText: 'feel better in their lives' })).toBeVisible();
  await expect(bob.getByRole('status').filter({ hasText: 'Not saved' })).toBeVisible();

  await panel.getByRole('button', { name: 'Keep my version' }).click();
  await saved(bob);
  await expect(panel).toHaveCount(0);

  // Both texts are kept: the history shows each person's save, and the latest two side by side.
  await bob.goto(`${url}/revisions?lang=en`);
  await expect(bob.getByRole('row').filter({ hasText: 'Daniyar Editor' }).first()).toBeVisible();
  await expect(bob.getByRole('row').filter({ hasText: 'Aigerim Admin' }).first()).toBeVisible();
  const diff = bob.getByRole('region', { name: /Changes from version \d+ to version \d+/ });
  await expect(diff.locator('del', { hasText: 'respondents were satisfied' })).toBeVisible();
  await expect(diff.locator('ins', { hasText: 'feel better in their lives' })).toBeVisible();
});

test('a translator cannot create stories, publish, or edit the source language', async ({ browser }) => {
  const page = await signedInPage(browser, 'translator@example.org');
  await page.goto('/en/admin/stories');
  await expect(page.getByRole('link', { name: 'New story' })).toHaveCount(0);
  expect((await page.goto('/en/admin/stories/new'))?.status()).toBe(404);

  await page.goto('/en/admin/stories');
  await page.getByRole('searchbox', { name: 'Search' }).fill(russianInReviewStory.en!.title);
  await page.getByRole('button', { name: 'Apply' }).click();
  await page.getByRole('link', { name: russianInReviewStory.en!.title }).click();
  await expect(page.getByText('This is the source-language version')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
  await page.getByRole('link', { name: /^Russian/ }).click();
  await expect(page.getByLabel('Title', { exact: true })).toHaveValue(russianInReviewStory.ru!.title);
  await expect(page.getByRole('button', { name: 'Return to draft' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
});

test('the story list filters by language completeness, status and text', async ({ browser }) => {
  const page = await signedInPage(browser, 'editor@example.org');
  await page.goto('/en/admin/stories');
  await page.getByLabel('Languages').selectOption({ label: 'No Russian version' });
  await page.getByRole('button', { name: 'Apply' }).click();
  await expect(page).toHaveURL(/completeness=missing_ru/);
  await expect(page.getByRole('link', { name: englishOnlyStory.en!.title })).toBeVisible();
  await expect(page.getByRole('link', { name: russianInReviewStory.en!.title })).toHaveCount(0);

  await page.goto('/en/admin/stories?status=in_review');
  await expect(page.getByLabel('Status')).toHaveValue('in_review');
  const row = page.getByRole('row').filter({ hasText: russianInReviewStory.en!.title });
  await expect(row.getByRole('link', { name: 'Russian: In review' })).toBeVisible();
});

test('autosave says when it cannot save offline, and saves once back online', async ({ browser }) => {
  const page = await signedInPage(browser, 'editor@example.org');
  await createStory(page, `Focal points retreat ${Date.now()}`);
  await page.context().setOffline(true);
  await page.getByLabel('Summary').fill('Two half-days in Bishkek.');
  await expect(page.getByRole('status').filter({ hasText: 'Offline — not saved' })).toBeVisible({ timeout: 10_000 });
  await page.context().setOffline(false);
  await saved(page);
  await page.reload();
  await expect(page.getByLabel('Summary')).toHaveValue('Two half-days in Bishkek.');
});

test('an autosave the server never answers is sent again by itself, and nothing typed is lost', async ({ browser }) => {
  test.slow();
  const page = await signedInPage(browser, 'editor@example.org');
  await createStory(page, `Consular hotline ${Date.now()}`);
  // The connection drops on the first save only (a restart, a flaky mobile link): the browser stays online.
  let dropped = 0;
  await page.route('**/en/admin/stories/*', async (route) => {
    if (route.request().method() === 'POST' && route.request().headers()['next-action'] && dropped === 0) {
      dropped++;
      await route.abort('connectionreset');
    } else {
      await route.continue();
    }
  });
  await page.getByLabel('Summary').fill('A hotline for migrants abroad, in three languages.');
  await expect(page.getByRole('status').filter({ hasText: 'Not saved — the server did not answer' })).toBeVisible({ timeout: 10_000 });
  await expect(page.getByRole('status').filter({ hasText: /All changes saved at/ })).toBeVisible({ timeout: 15_000 });
  expect(dropped).toBe(1);
  await page.reload();
  await expect(page.getByLabel('Summary')).toHaveValue('A hotline for migrants abroad, in three languages.');
});
