import { expect, test } from '@playwright/test';
import { russianInReviewStory, signIn } from './fixtures';

test('an editor adds a term pair; the translator sees it in the source and is told the translation lacks it', async ({ browser }) => {
  test.slow();
  const editor = await (await browser.newContext()).newPage();
  await editor.goto('/en/admin/sign-in');
  await signIn(editor, 'editor@example.org');
  await editor.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Glossary' }).click();
  await expect(editor.getByRole('listitem').filter({ has: editor.locator('input[value="stateless person"]') })).toHaveCount(1);
  const add = editor.getByRole('region', { name: 'Add a term pair' });
  await add.getByLabel('English').fill('retreat');
  await add.getByLabel('Russian').fill('выездной семинар');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByRole('status')).toHaveText('Added.');
  await expect(editor.getByLabel('English for “retreat”')).toHaveValue('retreat');

  const translator = await (await browser.newContext()).newPage();
  await translator.goto('/en/admin/sign-in');
  await signIn(translator, 'translator@example.org');
  await expect(translator.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await translator.goto('/en/admin/glossary');
  await expect(translator.getByText('stateless person ↔ лицо без гражданства')).toBeVisible();
  await expect(translator.getByRole('button', { name: 'Add' })).toHaveCount(0);
  await translator.goto('/en/admin/translations?reason=in_review');
  await translator.getByRole('link', { name: russianInReviewStory.en!.title }).click();
  const panel = translator.getByRole('region', { name: 'Glossary terms in the source' });
  await expect(panel.getByRole('listitem').filter({ hasText: 'retreat' })).toContainText('выездной семинар');
  await expect(panel).toContainText('The translation does not yet use the approved term for: retreat');
  // In the source beside the translation: the term marked, its approved translation after it.
  const body = translator.getByRole('textbox', { name: 'Text' });
  const firstSource = body.getByRole('note', { name: 'English source' }).first();
  await expect(firstSource.locator('mark', { hasText: /^retreat$/ })).toBeVisible();
  await expect(firstSource.locator('mark + [lang="ru"]').filter({ hasText: 'выездной семинар' }).first()).toBeVisible();
  const titleSource = translator.getByRole('note', { name: 'English source' }).filter({ hasText: russianInReviewStory.en!.title.split(' hold ')[0]! });
  await expect(titleSource.locator('mark', { hasText: /^retreat$/ })).toBeVisible();
});

test('deleting a term asks first; cancelled, the term stays', async ({ page }) => {
  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();
  await page.goto('/en/admin/glossary');
  const term = `focal point ${Date.now()}`;
  const add = page.getByRole('region', { name: 'Add a term pair' });
  await add.getByLabel('English').fill(term);
  await add.getByLabel('Russian').fill('координатор');
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(page.getByLabel(`English for “${term}”`)).toHaveValue(term);

  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: `Delete “${term}”` }).click();
  await expect.poll(() => asked).toBe(`Delete the term “${term}” from the glossary? This cannot be undone.`);
  await page.reload();
  await expect(page.getByLabel(`English for “${term}”`)).toHaveValue(term);

  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: `Delete “${term}”` }).click();
  await expect(page.getByLabel(`English for “${term}”`)).toHaveCount(0);
});
