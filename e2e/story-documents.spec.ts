import AxeBuilder from '@axe-core/playwright';
import { expect as baseExpect, test, type Page } from '@playwright/test';
import { demoDocuments } from '../db/seed/demo-documents';
import { demoStories } from '../db/seed/demo-stories';
import { makeMinimalPdf } from '../lib/documents/minimal-pdf';
import { slugify } from '../lib/slug';
import { signIn } from './fixtures';

// A long journey on two shared cores: give each step room rather than fail on a slow moment.
const expect = baseExpect.configure({ timeout: 15_000 });

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible();
/** A PDF no other run made: its bytes name it in storage. */
const uniquePdf = (title: string) => Buffer.from(makeMinimalPdf([{ title, paragraphs: ['Joint work plan of the Almaty Process.', `${Date.now()} ${Math.random()}`] }]));

test('an editor links a document in a story with the keyboard; readers in both languages get a card linking the right file; the document cannot be deleted while the story links it', async ({ page, browser }) => {
  test.setTimeout(300_000);
  const stamp = Date.now();
  const docEn = `Joint Work Plan of the Almaty Process ${stamp}`;
  const docRu = `Совместный план работы Алматинского процесса ${stamp}`;
  const title = `Senior officials agree a work plan ${stamp}`;

  await page.goto('/en/admin/sign-in');
  await signIn(page, 'editor@example.org');
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible();

  // A document with an English file only.
  await page.goto('/en/admin/documents/new');
  await page.getByLabel('Type').selectOption({ label: 'Meeting document' });
  await page.getByLabel('Year').fill('2021');
  await page.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(docEn);
  await page.getByRole('group', { name: 'In English' }).getByLabel('English PDF file').setInputFiles({ name: 'work-plan.pdf', mimeType: 'application/pdf', buffer: uniquePdf(docEn) });
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Title').fill(docRu);
  await page.getByRole('button', { name: 'Add document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit document: ${docEn}` })).toBeVisible();
  const documentPage = page.url();

  // A story; the document goes in after its paragraph, chosen with the keyboard only.
  await page.goto('/en/admin/stories/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/);
  const body = page.getByRole('textbox', { name: 'Text' });
  await body.click();
  await page.keyboard.type('The meeting endorsed the plan for the next two years.');

  const toolbar = page.getByRole('toolbar', { name: 'Text formatting' });
  await toolbar.getByRole('button', { name: 'Document' }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: 'Insert a document from the library' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('searchbox', { name: 'Search documents by title' })).toBeFocused();
  // Escape closes it, changing nothing, and gives focus back to the button.
  await page.keyboard.press('Escape');
  await expect(dialog).toHaveCount(0);
  await expect(toolbar.getByRole('button', { name: 'Document' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('searchbox', { name: 'Search documents by title' })).toBeFocused();
  await page.keyboard.type(`Work Plan of the Almaty Process ${stamp}`);
  await expect(dialog.getByRole('status')).toHaveText('1 document');
  await page.keyboard.press('Tab'); // the library link in the hint
  await page.keyboard.press('Tab');
  const choice = dialog.getByRole('button', { name: new RegExp(docEn) });
  await expect(choice).toBeFocused();
  await expect(choice).toContainText('Meeting document · 2021 · PDF in English only');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(body).toContainText(`Document: ${docEn}`);
  await saved(page);
  const editorUrl = page.url();

  // The revisions name the document added, not its JSON.
  await page.getByRole('link', { name: 'Revisions' }).click();
  await page.getByRole('radio', { name: 'Compare from version 1' }).check();
  await page.getByRole('button', { name: 'Compare' }).click();
  const diff = page.getByRole('region', { name: /Changes from version 1 to version \d+/ });
  await expect(diff.getByText('Document added')).toBeVisible();
  await expect(diff.locator('ins', { hasText: `Document: ${docEn}` })).toBeVisible();
  await expect(diff).not.toContainText('documentId');

  // The Russian version starts as a copy of the source: the same document, named in Russian.
  await page.goto(editorUrl);
  await page.getByRole('link', { name: /^Russian/ }).click();
  await page.getByRole('button', { name: 'Start the Russian version' }).click();
  await expect(page).toHaveURL(/\?lang=ru$/);
  const ruEditor = page.url();
  await page.getByLabel('Title', { exact: true }).fill(`Старшие должностные лица согласовали план работы ${stamp}`);
  await expect(page.getByRole('textbox', { name: 'Text' })).toContainText(`Document: ${docRu}`);
  await saved(page);
  const ruSlug = await page.getByLabel('Address (slug)').inputValue();

  // Another document in the English text: the Russian translation's workspace shows it as a change, by its title.
  // (All still drafts: other tests pick published stories.)
  await page.goto(editorUrl);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await toolbar.getByRole('button', { name: 'Document' }).click();
  await dialog.getByRole('searchbox', { name: 'Search documents by title' }).fill('UNHCR in Kazakhstan');
  await dialog.getByRole('button', { name: /UNHCR in Kazakhstan: factsheet 2021/ }).click();
  await expect(body).toContainText('Document: UNHCR in Kazakhstan: factsheet 2021');
  await saved(page);
  const storyId = /\/stories\/(\d+)/.exec(editorUrl)![1];
  await page.goto(`/en/admin/translations/${storyId}/ru`);
  const change = page.getByRole('list', { name: 'Paragraphs of the source' }).getByRole('listitem').filter({ hasText: 'Document added' });
  await expect(change).toContainText('Document: UNHCR in Kazakhstan: factsheet 2021');
  await change.getByRole('button', { name: 'No change needed' }).click();
  await expect(page.getByText('In step with the source.')).toBeVisible();

  // Both languages go out.
  await page.goto(editorUrl);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  const enUrl = await page.getByRole('link', { name: 'View on the site' }).getAttribute('href');
  await page.goto(ruEditor);
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();

  // Readers, without JavaScript: a card whose link is the title, to the English file in both languages.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const reader = await visitor.newPage();
  try {
    await reader.goto(enUrl!);
    await expect(reader.getByRole('heading', { level: 1, name: title })).toBeVisible();
    const enLink = reader.getByRole('main').getByRole('link', { name: docEn, exact: true });
    await expect(enLink).toHaveAttribute('href', /^\/documents\/\d+\/en\/[0-9a-f]{64}\.pdf$/);
    await expect(enLink).toHaveAttribute('hreflang', 'en');
    await expect(reader.getByText('Meeting document · 2021')).toBeVisible();
    await expect(reader.getByRole('main').getByText(/^PDF, [\d.,]+ kB/)).toHaveCount(2);
    await expect(reader.getByText('Available in English only')).toHaveCount(0);
    const enFile = (await enLink.getAttribute('href'))!;
    const file = await visitor.request.get(enFile);
    expect(file.status()).toBe(200);
    expect(file.headers()['content-type']).toBe('application/pdf');

    await reader.goto(`/ru/news/${ruSlug}`);
    const ruLink = reader.getByRole('main').getByRole('link', { name: docRu, exact: true });
    await expect(ruLink).toHaveAttribute('href', enFile);
    await expect(ruLink).toHaveAttribute('hreflang', 'en');
    await expect(reader.getByText('Документ совещания · 2021')).toBeVisible();
    await expect(reader.getByText(/Доступно только на английском языке/)).toBeVisible();
  } finally {
    await visitor.close();
  }

  // axe over the story page with its card (axe needs JavaScript: a page of its own).
  const checkerContext = await browser.newContext();
  const checker = await checkerContext.newPage();
  await checker.goto(enUrl!);
  await expect(checker.getByRole('main').getByRole('link', { name: docEn, exact: true })).toBeVisible();
  const results = await new AxeBuilder({ page: checker }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations).toEqual([]);
  await checkerContext.close();

  // The library names the story and refuses to delete the document.
  await page.goto(documentPage);
  await expect(page.getByRole('region', { name: 'Where it is linked' }).getByRole('link', { name: `Story: ${title}` })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete document' }).click();
  const refusal = page.getByRole('alert').filter({ hasText: 'This document is linked from other content and cannot be deleted.' });
  await expect(refusal).toBeVisible();
  await expect(refusal).toContainText(`Story: ${title}`);
  await page.reload();
  await expect(page.getByRole('heading', { level: 1, name: `Edit document: ${docEn}` })).toBeVisible();
});

test('a seeded press release links its meeting documents: the Russian page offers the English-only one and says so', async ({ page }) => {
  // The seed's English-only plan of the senior officials' meeting, linked from the Istanbul press release.
  const istanbul = demoStories.find((s) => s.key === 'almaty-process-senior-officials-meeting-istanbul')!;
  const plan = demoDocuments.find((d) => d.key === 'almaty-process-senior-officials-2021')!;
  await page.goto(`/ru/news/${slugify(istanbul.ru!.title)}`);
  await expect(page.getByRole('heading', { level: 1, name: istanbul.ru!.title })).toBeVisible();
  const link = page.getByRole('main').getByRole('link', { name: plan.ru.title, exact: true });
  await expect(link).toHaveAttribute('href', /^\/documents\/\d+\/en\/[0-9a-f]{64}\.pdf$/);
  await expect(page.getByRole('main').getByText(/Доступно только на английском языке/)).toBeVisible();
});
