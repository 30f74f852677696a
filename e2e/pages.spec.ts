import { expect, test, type Browser, type Page } from '@playwright/test';
import { withE2eDatabase } from './fixtures';
import { contextFor } from './sessions';

/** The English title of the Almaty Process section's front page (its first top-level page). */
async function frontTitle(): Promise<string> {
  const row = await withE2eDatabase(
    (db) =>
      db
        .prepare(
          `select t.title from page_details p join entry_translations t on t.entry_id = p.entry_id and t.locale = 'en'
           where p.section = 'almaty-process' and p.parent_id is null order by p.position, p.entry_id limit 1`,
        )
        .get() as { title: string } | undefined,
  );
  if (!row) throw new Error('the demo has no Almaty Process pages');
  return row.title;
}

async function staff(browser: Browser, who: 'editor' | 'translator'): Promise<Page> {
  return (await contextFor(browser, who)).newPage();
}

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible({ timeout: 10_000 });

test('an editor adds a page to the Almaty Process; readers find it in the section, a translator brings it into Russian', async ({ browser }) => {
  test.slow();
  const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const title = `Secretariat contacts ${stamp}`;
  const ruTitle = `Контакты секретариата ${stamp}`;
  const sentence = `The secretariat answers questions from member states (${stamp}).`;
  const front = await frontTitle();

  // The editor creates the page under the section's front page and publishes it.
  const editor = await staff(browser, 'editor');
  await editor.goto('/en/admin/pages');
  await expect(editor.getByRole('heading', { level: 2, name: 'The Almaty Process' })).toBeVisible();
  await editor.getByText('New page').click();
  await editor.getByLabel('Title').fill(title);
  await editor.getByLabel('Place it under').selectOption({ label: front });
  await editor.getByRole('button', { name: 'Create draft' }).click();
  await expect(editor.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(editor.getByLabel('Parent page')).toHaveValue(/\d+/);
  // A page has no dateline: only stories do.
  await expect(editor.getByLabel('Dateline place')).toHaveCount(0);
  await editor.getByLabel('Summary').fill('Who to write to about the process.');
  await editor.getByRole('textbox', { name: 'Text' }).click();
  await editor.keyboard.type(sentence);
  await saved(editor);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  const slug = await editor.getByLabel('Address (slug)').inputValue();

  // A reader, without JavaScript, finds it in the section's navigation under the front page.
  const reader = await (await browser.newContext({ javaScriptEnabled: false })).newPage();
  await reader.goto('/en');
  await reader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Almaty Process' }).click();
  await expect(reader).toHaveURL(/\/en\/almaty-process$/);
  await expect(reader.getByRole('heading', { level: 1, name: front })).toBeVisible();
  const nav = reader.getByRole('navigation', { name: 'The Almaty Process' });
  await expect(nav.getByRole('link', { name: front })).toHaveAttribute('aria-current', 'page');
  await nav.getByRole('link', { name: title }).click();
  await expect(reader).toHaveURL(new RegExp(`/en/almaty-process/${slug}$`));
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
  await expect(reader.getByText(sentence)).toBeVisible();
  await expect(nav.getByRole('link', { name: title })).toHaveAttribute('aria-current', 'page');

  // In Russian it is not there yet: the switcher leads to a clear word and the English page.
  await reader.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(reader.getByRole('heading', { level: 1, name: 'Эта страница пока не переведена на русский язык' })).toBeVisible();
  await expect(reader.getByRole('link', { name: `Читать на английском: ${title}` })).toHaveAttribute('href', `/en/almaty-process/${slug}`);

  // The translator finds it in the queue (pages only), starts the Russian version and submits it.
  const translator = await staff(browser, 'translator');
  await translator.goto('/en/admin/translations?type=page');
  const row = translator.getByRole('row').filter({ hasText: title });
  await expect(row).toContainText('Translation missing');
  await expect(row).toContainText('Page');
  await row.getByRole('link', { name: title }).click();
  // Nothing to be in step with yet: the workspace says so, and offers to start.
  await expect(translator.getByRole('status').filter({ hasText: 'Not translated yet: start the translation below.' })).toBeVisible();
  await expect(translator.getByText('In step with the source.')).toHaveCount(0);
  await expect(translator.getByText('There is no Russian version yet.')).toBeVisible();
  await translator.getByRole('button', { name: /Start the Russian version/ }).click();
  await expect(translator.getByLabel('Title', { exact: true })).toBeVisible();
  await translator.getByLabel('Title', { exact: true }).fill(ruTitle);
  await translator.getByLabel('Address (slug)').fill(`kontakty-sekretariata-${stamp}`);
  await saved(translator);
  await translator.getByRole('button', { name: 'Submit for review' }).click();
  await expect(translator.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();
  // A translator cannot publish.
  await expect(translator.getByRole('button', { name: 'Publish', exact: true })).toHaveCount(0);

  // The editor publishes the Russian version from the page's Russian tab.
  await editor.goto('/en/admin/pages');
  await editor.getByRole('row').filter({ hasText: title }).getByRole('link', { name: /Russian/ }).click();
  await expect(editor.getByLabel('Title', { exact: true })).toHaveValue(ruTitle);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // Now the Russian reader has it, in the Russian navigation, and the switcher goes both ways.
  await reader.goto(`/ru/almaty-process/${slug}`);
  await expect(reader).toHaveURL(new RegExp(`/ru/almaty-process/kontakty-sekretariata-${stamp}$`));
  await expect(reader.getByRole('heading', { level: 1, name: ruTitle })).toBeVisible();
  await expect(reader.getByRole('navigation', { name: 'Алматинский процесс' }).getByRole('link', { name: ruTitle })).toHaveAttribute('aria-current', 'page');
  await reader.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
  await expect(reader).toHaveURL(new RegExp(`/en/almaty-process/${slug}$`));
  await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
});
