import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { slugify } from '../lib/slug';
import { bilingualStory, englishOnlyStory, signIn } from './fixtures';

// A long journey on two shared cores: give each step room rather than fail on a slow moment.
const expect = baseExpect.configure({ timeout: 15_000 });

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();

test('an editor refers to another story with the keyboard; readers in both languages get a card linking its live version, in English where there is no Russian one', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const title = `Border crossings reopen ${stamp}`;
  const target = englishOnlyStory.en!;
  const targetPath = `/en/news/${slugify(target.title)}`;

  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  await page.goto('/en/admin/stories/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  const editorUrl = page.url();
  const body = page.getByRole('textbox', { name: 'Text' });
  await body.click();
  await page.keyboard.type('Read how it began.');

  // The story goes in after the paragraph, chosen with the keyboard only.
  const toolbar = page.getByRole('toolbar', { name: 'Text formatting' });
  await toolbar.getByRole('button', { name: 'Story', exact: true }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Insert a reference to another story' });
  const search = dialog.getByRole('searchbox', { name: 'Search stories by title' });
  await expect(search).toBeFocused();
  // Escape closes it, changing nothing, and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Story', exact: true })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(search).toBeFocused();
  // The story being edited is not offered: it cannot refer to itself.
  await page.keyboard.type(String(stamp));
  await expect(dialog.getByRole('status')).toHaveText('No stories match.');
  await expect(dialog.getByRole('button', { name: new RegExp(title) })).toHaveCount(0);
  await search.fill('');
  await page.keyboard.type(target.title.toUpperCase());
  await expect(dialog.getByRole('status')).toHaveText('1 story');
  await page.keyboard.press('Tab');
  const choice = dialog.getByRole('button', { name: new RegExp(target.title) });
  await expect(choice).toBeFocused();
  await expect(choice).toContainText('Published in English only');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(body).toContainText(`Story: ${target.title}`);
  await expect(body).toContainText('Published in English only');
  await saved(page);

  // After a reload the block names the story again (asked from the server, not remembered).
  await page.reload();
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText(`Story: ${target.title}`);

  // The revisions name the story referred to, not its JSON.
  await page.getByRole('link', { name: 'Revisions' }).click();
  await page.getByRole('radio', { name: 'Compare from version 1' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByRole('region', { name: /Changes from version 1 to version \d+/ });
  await expect(diff.getByText('Story reference added')).toBeVisible();
  await expect(diff.locator('ins', { hasText: `Story: ${target.title}` })).toBeVisible();
  await expect(diff).not.toContainText('entryId');
  await page.goto(editorUrl);

  // A Russian version starts as a copy: the same reference, named by the only title the story has.
  await page.getByRole('link', { name: /^Russian/ }).click();
  await page.getByRole('button', { name: 'Start the Russian version' }).click();
  await expect(page).toHaveURL(/\?lang=ru$/);
  const ruEditor = page.url();
  await page.getByLabel('Title', { exact: true }).fill(`Пункты пропуска снова открыты ${stamp}`);
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText(`Story: ${target.title}`);
  await saved(page);
  const ruSlug = await page.getByLabel('Address (slug)').inputValue();

  // Another reference in the English text: the Russian translation's workspace shows it as a change, by the story's title.
  const second = bilingualStory.en!.title;
  await page.goto(editorUrl);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await toolbar.getByRole('button', { name: 'Story', exact: true }).click();
  await search.fill(second);
  await dialog.getByRole('button', { name: new RegExp(second) }).click();
  await expect(body).toContainText(`Story: ${second}`);
  await saved(page);
  const storyId = /\/stories\/(\d+)/.exec(editorUrl)![1];
  await page.goto(`/en/admin/translations/${storyId}/ru`);
  const change = page.getByRole('list', { name: 'Paragraphs of the source' }).getByRole('listitem').filter({ hasText: 'Story reference added' });
  await expect(change).toContainText(`Story: ${second}`);
  await expect(change).not.toContainText('entryId');
  await change.getByRole('button', { name: 'No change needed' }).click();
  await expect(page.getByText('In step with the source.')).toBeVisible();

  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  const enUrl = await page.getByRole('link', { name: 'View on the site' }).getAttribute('href');
  await page.goto(ruEditor);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // Readers, without JavaScript: a card whose link is the story's title, to its live page.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const reader = await visitor.newPage();
  try {
    await reader.goto(enUrl!);
    await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const enLink = reader.getByRole('main').getByRole('link', { name: target.title, exact: true });
    await expect(enLink).toHaveAttribute('href', targetPath);
    await expect(enLink).toHaveAttribute('hreflang', 'en');
    if (target.summary) await expect(reader.getByRole('main').getByText(target.summary, { exact: true }).last()).toBeVisible();
    await expect(reader.getByRole('main').getByText('Available in English only')).toHaveCount(0);
    await enLink.click();
    await expect(reader.getByRole('heading', { level: 1, name: target.title })).toBeVisible();

    // The story has no Russian version: the Russian page links the English one and says so.
    await reader.goto(`/ru/news/${ruSlug}`);
    const ruLink = reader.getByRole('main').getByRole('link', { name: target.title, exact: true });
    await expect(ruLink).toHaveAttribute('href', targetPath);
    await expect(ruLink).toHaveAttribute('hreflang', 'en');
    await expect(reader.getByRole('main').getByText(/Доступно только на английском языке/)).toBeVisible();
  } finally {
    await visitor.close();
  }

  // axe over the story page with its card (axe needs JavaScript: a page of its own).
  const checkerContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  await checker.goto(`/ru/news/${ruSlug}`);
  await expect(checker.getByRole('main').getByRole('link', { name: target.title, exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page: checker }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
  await checkerContext.close();
});
