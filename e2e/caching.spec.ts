import { expect, test } from '@playwright/test';
import { bilingualStory, openEnglishStory, signIn } from './fixtures';

/** How Next answered: from its cache (HIT, or STALE while it renders afresh) or not. */
async function cacheState(request: import('@playwright/test').APIRequestContext, url: string): Promise<string | undefined> {
  const response = await request.get(url);
  expect(response.status(), url).toBe(200);
  return response.headers()['x-nextjs-cache'];
}

test('home and story pages are served from the cache, and a publish shows on them at once', async ({ browser, request }) => {
  test.slow();
  // A story page and the home page, asked twice: the second answer comes from the cache.
  const reader = await browser.newPage();
  await openEnglishStory(reader, bilingualStory.en!.title);
  const storyPath = new URL(reader.url()).pathname;
  // Asked again until it is (a publish by a test running alongside may empty the entry between
  // two asks; a page never cached would never answer HIT).
  await expect.poll(() => cacheState(request, storyPath), { timeout: 15_000 }).toMatch(/^(HIT|STALE)$/);
  await expect.poll(() => cacheState(request, '/en'), { timeout: 15_000 }).toMatch(/^(HIT|STALE)$/);
  // Admin pages never are.
  const signInPage = await request.get('/en/admin/sign-in');
  expect(signInPage.headers()['x-nextjs-cache']).toBeUndefined();
  expect(signInPage.headers()['cache-control']).toMatch(/no-store|private/);

  // An editor publishes a new story: the cached home page shows it on the next visit.
  const editor = await (await browser.newContext()).newPage();
  await editor.goto('/en/admin/sign-in');
  await signIn(editor, 'editor@example.org');
  await expect(editor.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  const title = `Cached home shows this at once ${Date.now()}`;
  await editor.goto('/en/admin/stories/new');
  await editor.getByLabel('Title', { exact: true }).fill(title);
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(editor).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  await reader.goto('/en');
  await expect(reader.getByRole('link', { name: title })).toBeVisible();
  await reader.getByRole('link', { name: title }).click();
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();

  // Unpublished: gone from home and its page at once.
  reader.on('dialog', () => undefined);
  editor.once('dialog', (dialog) => void dialog.accept());
  await editor.getByRole('button', { name: 'Unpublish' }).click();
  await expect(editor.getByRole('status').filter({ hasText: /Unpublished/ })).toBeVisible();
  expect((await reader.reload())?.status()).toBe(404);
  await reader.goto('/en');
  await expect(reader.getByRole('link', { name: title })).toHaveCount(0);
});
