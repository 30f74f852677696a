import { expect, test, type Browser, type Page } from '@playwright/test';
import { insertE2eEntry } from './db';
import { signIn, storyToRetranslate } from './fixtures';

async function signedInPage(browser: Browser, email: string): Promise<Page> {
  const page = await (await browser.newContext()).newPage();
  await page.goto('/en/admin/sign-in');
  await signIn(page, email);
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  return page;
}

const paragraph = (id: string, text: string) => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible({ timeout: 10_000 });

test('a translator sees exactly the paragraph that changed in the English, updates the Russian, and an editor publishes it', async ({ browser }) => {
  test.slow();
  const en = storyToRetranslate.en!;
  const ru = storyToRetranslate.ru!;
  const paragraph = en.body.filter((b) => b.type === 'paragraph')[1]!;
  if (paragraph.type !== 'paragraph') throw new Error('demo story needs two paragraphs');
  const addition = ' The office thanked everyone involved.';

  // The editor changes one English paragraph and publishes the change.
  const editor = await signedInPage(browser, 'editor@example.org');
  await editor.goto(`/en/admin/stories?q=${encodeURIComponent(en.title)}`);
  await editor.getByRole('link', { name: en.title }).click();
  const body = editor.getByRole('textbox', { name: 'Text' });
  await body.getByText(paragraph.text).click();
  await editor.keyboard.press('End');
  await editor.keyboard.type(addition);
  await saved(editor);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // The translator's queue shows it; the workspace shows that paragraph's diff and nothing else unfolded.
  const translator = await signedInPage(browser, 'translator@example.org');
  // The dashboard lists it among the translations behind their source, linked to its workspace.
  const behind = translator.getByRole('region', { name: 'Translations missing or out of date' }).getByRole('listitem').filter({ hasText: en.title });
  await expect(behind).toContainText('Russian: Source changed');
  await expect(behind.getByRole('link', { name: en.title })).toHaveAttribute('href', new RegExp(`/en/admin/translations/\\d+/ru$`));
  await translator.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Translations' }).click();
  const row = translator.getByRole('row').filter({ hasText: en.title });
  await expect(row).toContainText('Source changed');
  await row.getByRole('link', { name: en.title }).click();
  await expect(translator.getByRole('heading', { level: 1, name: 'Translation: English → Russian' })).toBeVisible();
  await expect(translator.getByRole('status').filter({ hasText: 'still to handle' })).toContainText('1 of 1 change still to handle');
  const changes = translator.getByRole('list', { name: 'Paragraphs of the source' });
  const changed = changes.getByRole('listitem').filter({ hasText: 'Paragraph changed' });
  await expect(changed).toHaveCount(1);
  await expect(changed.locator('ins')).toContainText('The office thanked everyone involved.');
  await expect(changed).toContainText('Your translation of this paragraph:');
  await expect(changes.getByText(/unchanged paragraphs?/).first()).toBeVisible();
  // In the editor, each English paragraph stands beside its Russian one; only the changed one is marked.
  const ruParagraph = ru.body.filter((b) => b.type === 'paragraph')[1];
  if (ruParagraph?.type !== 'paragraph') throw new Error('demo story needs two Russian paragraphs');
  const aligned = translator.getByRole('textbox', { name: 'Text' }).getByRole('note', { name: 'English source' });
  await expect(aligned).toHaveCount(en.body.length);
  const changedCell = aligned.filter({ hasText: 'Changed in the source' });
  await expect(changedCell).toHaveCount(1);
  await expect(changedCell.locator('ins')).toContainText('The office thanked everyone involved.');
  const cellBox = await changedCell.boundingBox();
  const ownBox = await translator.getByRole('textbox', { name: 'Text' }).getByText(ruParagraph.text).boundingBox();
  expect(cellBox && ownBox && cellBox.x + cellBox.width <= ownBox.x && Math.abs(cellBox.y - ownBox.y) < 60, 'the changed English paragraph sits left of its Russian one').toBe(true);

  // Update the Russian paragraph, mark the change handled, submit.
  await translator.getByRole('textbox', { name: 'Text' }).getByText(ruParagraph.text).click();
  await translator.keyboard.press('End');
  await translator.keyboard.type(' Офис поблагодарил всех участников.');
  await saved(translator);
  await changed.getByRole('button', { name: 'Translation updated' }).click();
  await expect(translator.getByRole('status').filter({ hasText: 'In step with the source.' })).toBeVisible();
  await expect(aligned.filter({ hasText: 'Changed in the source' })).toHaveCount(0);
  await expect(translator.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);
  await translator.getByRole('button', { name: 'Submit for review' }).click();
  await expect(translator.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();

  // The editor publishes the Russian; the public page shows it and the switcher links both ways.
  await editor.goto('/en/admin/translations?reason=in_review');
  await editor.getByRole('row').filter({ hasText: en.title }).getByRole('link', { name: en.title }).click();
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  const visitor = await browser.newPage();
  await visitor.goto('/ru/news');
  await visitor.getByRole('link', { name: ru.title }).click();
  await expect(visitor.getByText('Офис поблагодарил всех участников.')).toBeVisible();
  await visitor.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: en.title })).toBeVisible();
  await expect(visitor.getByText(addition.trim())).toBeVisible();
  await visitor.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(visitor.getByRole('heading', { level: 1, name: ru.title })).toBeVisible();
});

test('a minor edit of the English leaves the Russian in step', async ({ browser }) => {
  // A story of its own: a story another test is translating must not get this edit.
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  const title = `Typo fixed ${tag}`;
  const publishedAt = new Date(Date.UTC(2001, 1, 1));
  const storyId = await insertE2eEntry({
    translations: [
      { locale: 'en', title, summary: 'English summary.', dateline: 'Almaty', body: { type: 'doc', content: [paragraph(`${tag}-1`, 'English.')] }, status: 'published', publishedAt },
      { locale: 'ru', title: `Опечатка ${tag}`, summary: 'Русское резюме.', dateline: 'Алматы', body: { type: 'doc', content: [paragraph(`${tag}-1`, 'Русский.')] }, status: 'published', publishedAt },
    ],
  });
  const editor = await signedInPage(browser, 'editor@example.org');
  await editor.goto(`/en/admin/stories/${storyId}`);
  await editor.getByLabel('Minor edit — translations stay in step (a typo, punctuation)').check();
  await editor.getByLabel('Summary').press('End');
  await editor.getByLabel('Summary').pressSequentially('!');
  await editor.getByRole('button', { name: 'Save', exact: true }).click();
  await saved(editor);
  await editor.goto('/en/admin/translations');
  await expect(editor.getByRole('row').filter({ hasText: title })).toHaveCount(0);
});

test('a paragraph added to the English stands beside the Russian with a button that starts its translation in place', async ({ browser }) => {
  test.slow();
  const tag = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  // Long ago: it must not show among the home page's latest stories that other tests check.
  const publishedAt = new Date(Date.UTC(2001, 1, 1));
  const storyId = await insertE2eEntry({
    translations: [
      { locale: 'en', title: `Aligned ${tag}`, summary: 'English summary.', dateline: 'Almaty', body: { type: 'doc', content: [paragraph(`${tag}-1`, 'First English paragraph.'), paragraph(`${tag}-2`, 'Second English paragraph.')] }, status: 'published', publishedAt },
      { locale: 'ru', title: `Выравнивание ${tag}`, summary: 'Русское резюме.', dateline: 'Алматы', body: { type: 'doc', content: [paragraph(`${tag}-1`, 'Первый абзац.'), paragraph(`${tag}-2`, 'Второй абзац.')] }, status: 'published', publishedAt },
    ],
  });

  // The editor adds a paragraph between the two and publishes.
  const editor = await signedInPage(browser, 'editor@example.org');
  await editor.goto(`/en/admin/stories/${storyId}`);
  await editor.getByRole('textbox', { name: 'Text' }).getByText('First English paragraph.').click();
  await editor.keyboard.press('End');
  await editor.keyboard.press('Enter');
  await editor.keyboard.type('A new English paragraph.');
  await saved(editor);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // The translator sees it where it belongs, and starts its translation there.
  const translator = await signedInPage(browser, 'translator@example.org');
  await translator.goto(`/en/admin/translations/${storyId}/ru`);
  const text = translator.getByRole('textbox', { name: 'Text' });
  const added = text.getByRole('note', { name: 'English source' }).filter({ hasText: 'A new English paragraph.' });
  await expect(added).toContainText('New in the source · not in your translation yet');
  await text.getByRole('button', { name: 'Start its translation here' }).click();
  await translator.keyboard.type('Новый абзац.');
  await saved(translator);
  await expect(added).not.toContainText('not in your translation yet');

  // Saved where it was started: after a reload the three paragraphs stand in order, each beside its source.
  await translator.reload();
  await expect(text.locator(':scope > p')).toHaveText(['Первый абзац.', 'Новый абзац.', 'Второй абзац.']);
  await expect(text.getByRole('note', { name: 'English source' })).toHaveText([/First English paragraph\./, /A new English paragraph\./, /Second English paragraph\./]);
  await expect(text.getByRole('button', { name: 'Start its translation here' })).toHaveCount(0);
  await translator.getByRole('list', { name: 'Paragraphs of the source' }).getByRole('listitem').filter({ hasText: 'Paragraph added' }).getByRole('button', { name: 'Translation updated' }).click();
  await expect(translator.getByRole('status').filter({ hasText: 'In step with the source.' })).toBeVisible();
  await expect(added).not.toContainText('New in the source');
});
