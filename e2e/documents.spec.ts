import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { demoDocuments } from '../db/seed/demo-documents';
import { makeMinimalPdf } from '../lib/documents/minimal-pdf';
import { signIn } from './fixtures';

async function signInAs(page: Page, email: string) {
  await page.goto('/en/admin/sign-in');
  await signIn(page, email);
  // Password hashing is deliberately slow, and two cores build and test at once.
  await expect(page.getByRole('heading', { level: 1, name: 'Dashboard' })).toBeVisible({ timeout: 15_000 });
}

/** A PDF no other run made: its bytes name it in storage. */
const uniquePdf = (title: string) => Buffer.from(makeMinimalPdf([{ title, paragraphs: ['Almaty Process, thematic meeting.', `${Date.now()} ${Math.random()}`] }]));

// A seeded meeting document concerning Turkmenistan, from 2021: visible unfiltered, gone once filtered to 2018.
const seededMeeting = demoDocuments.find((d) => d.type === 'meeting_document' && d.countries.includes('TM') && d.year === 2021 && d.files.includes('en'))!;

test('an editor adds a document with an English PDF only; both resources pages list it, the Russian one offering the English file; filters narrow the list without JavaScript; the file downloads as a PDF', async ({ page, browser }) => {
  test.slow();
  const stamp = Date.now();
  const en = `Almaty Process thematic meeting on statelessness ${stamp}`;
  const ru = `Тематическое совещание Алматинского процесса по безгражданству ${stamp}`;

  await signInAs(page, 'editor@example.org');
  await page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Documents' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Documents' })).toBeVisible();
  await page.getByRole('link', { name: 'New document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'New document' })).toBeVisible();

  await page.getByLabel('Type').selectOption({ label: 'Meeting document' });
  await page.getByLabel('Year').fill('2018');
  await page.getByRole('group', { name: 'Countries' }).getByLabel('Turkmenistan').check();
  await page.getByRole('group', { name: 'Countries' }).getByLabel('Kazakhstan').check();
  const english = page.getByRole('group', { name: 'In English' });
  await english.getByLabel('Title').fill(en);
  await english.getByLabel('Description').fill('Notes of a meeting on preventing statelessness in the region.');
  await english.getByLabel('English PDF file').setInputFiles({ name: 'meeting-notes.pdf', mimeType: 'application/pdf', buffer: uniquePdf(en) });
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Title').fill(ru);
  await page.getByRole('button', { name: 'Add document' }).click();

  await expect(page.getByRole('heading', { level: 1, name: `Edit document: ${en}` })).toBeVisible({ timeout: 15_000 });
  await expect(page.getByRole('status').filter({ hasText: 'Document added' })).toBeVisible();
  await expect(page.getByText('No Russian file: readers of the Russian site are offered the English one.')).toBeVisible();

  // A visitor without JavaScript: the filters are a plain GET form.
  const visitor = await browser.newContext({ javaScriptEnabled: false });
  const reader = await visitor.newPage();
  try {
    await reader.goto('/en');
    await reader.getByRole('navigation', { name: 'Main' }).getByRole('link', { name: 'Resources' }).click();
    await expect(reader.getByRole('heading', { level: 1, name: 'Resources' })).toBeVisible();
    await expect(reader.getByRole('article', { name: seededMeeting.en.title })).toBeVisible();

    const filters = reader.getByRole('search', { name: 'Filter resources' });
    await filters.getByLabel('Year').selectOption('2018');
    await filters.getByRole('button', { name: 'Show' }).click();
    await expect(reader).toHaveURL(/\/en\/resources\?(.*&)?year=2018/);
    await expect(reader.getByRole('article', { name: en })).toBeVisible();
    await expect(reader.getByRole('article', { name: seededMeeting.en.title })).toHaveCount(0);

    await filters.getByLabel('Type').selectOption({ label: 'Meeting document' });
    await filters.getByLabel('Country').selectOption({ label: 'Turkmenistan' });
    await filters.getByRole('button', { name: 'Show' }).click();
    await expect(reader).toHaveURL(/type=meeting_document/);
    await expect(reader).toHaveURL(/country=TM/);
    await expect(reader.getByText('1 document', { exact: true })).toBeVisible();
    const entry = reader.getByRole('article', { name: en });
    await expect(entry.getByText('Russian version not available')).toBeVisible();
    await expect(entry.getByText('Meeting document')).toBeVisible();
    await expect(entry.getByRole('link', { name: 'Download in English' })).toHaveAttribute('hreflang', 'en');

    // Another type, same year and country: the document is not among them.
    await filters.getByLabel('Type').selectOption({ label: 'Report' });
    await filters.getByRole('button', { name: 'Show' }).click();
    await expect(reader.getByText('No documents', { exact: true })).toBeVisible();
    await expect(reader.getByRole('article', { name: en })).toHaveCount(0);

    // The Russian page names it in Russian and offers the English file, marked as English.
    await reader.goto('/ru/resources?type=meeting_document&country=TM&year=2018');
    const russian = reader.getByRole('article', { name: ru });
    await expect(russian.getByText('Версия на русском языке недоступна')).toBeVisible();
    const offered = russian.getByRole('link', { name: 'Скачать на английском' });
    await expect(offered).toHaveAttribute('hreflang', 'en');
    const href = await offered.getAttribute('href');
    expect(href).toMatch(/^\/documents\/\d+\/en\/[0-9a-f]{64}\.pdf$/);

    const response = await reader.request.get(href!);
    expect(response.status()).toBe(200);
    expect(response.headers()['content-type']).toBe('application/pdf');
    const slug = `almaty-process-thematic-meeting-on-statelessness-${stamp}`;
    expect(response.headers()['content-disposition']).toBe(`attachment; filename="${slug}.pdf"; filename*=UTF-8''${encodeURIComponent(`${en}.pdf`)}`);
    expect(response.headers()['x-content-type-options']).toBe('nosniff');
    expect(response.headers()['cache-control']).toBe('public, max-age=31536000, immutable');
    const whole = await response.body();
    expect(whole.subarray(0, 5).toString('latin1')).toBe('%PDF-');
    expect(response.headers()['accept-ranges']).toBe('bytes');

    // A PDF viewer reading a part, and a download resumed after the connection dropped.
    const part = await reader.request.get(href!, { headers: { Range: 'bytes=5-14' } });
    expect(part.status()).toBe(206);
    expect(part.headers()['content-range']).toBe(`bytes 5-14/${whole.length}`);
    expect((await part.body()).equals(whole.subarray(5, 15))).toBe(true);
    const resumed = await reader.request.get(href!, { headers: { Range: 'bytes=100-', 'If-Range': response.headers()['etag']! } });
    expect(resumed.status()).toBe(206);
    expect((await resumed.body()).equals(whole.subarray(100))).toBe(true);
    // The file changed since the first part (another ETag): the whole file, not a part of the new one.
    const changed = await reader.request.get(href!, { headers: { Range: 'bytes=100-', 'If-Range': '"an-older-version"' } });
    expect(changed.status()).toBe(200);
    expect((await changed.body()).equals(whole)).toBe(true);
    const past = await reader.request.get(href!, { headers: { Range: `bytes=${whole.length}-` } });
    expect(past.status()).toBe(416);
    expect(past.headers()['content-range']).toBe(`bytes */${whole.length}`);
  } finally {
    await visitor.close();
  }
});

test('a reader who filtered the resources and switches language keeps the filters, not the page number', async ({ page }) => {
  await page.goto('/en/resources?type=meeting_document&country=TM&page=1');
  await expect(page.getByRole('article', { name: seededMeeting.en.title })).toBeVisible();
  await page.getByRole('navigation', { name: 'Language' }).getByRole('link', { name: 'Русский' }).click();
  await expect(page).toHaveURL(/\/ru\/resources\?type=meeting_document&country=TM$/);
  const filters = page.getByRole('search');
  await expect(filters.getByLabel('Тип')).toHaveValue('meeting_document');
  await expect(filters.getByLabel('Страна')).toHaveValue('TM');
  await expect(page.getByRole('article', { name: seededMeeting.ru.title })).toBeVisible();
});

test('a PNG called .pdf is refused with a message and nothing is added', async ({ page }) => {
  await signInAs(page, 'editor@example.org');
  await page.goto('/en/admin/documents/new');
  const title = `Disguised image ${Date.now()}`;
  await page.getByLabel('Type').selectOption({ label: 'Factsheet' });
  await page.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(title);
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Title').fill(`Замаскированное изображение ${Date.now()}`);
  const png = await sharp({ create: { width: 20, height: 20, channels: 3, background: 'red' } }).png().toBuffer();
  await page.getByLabel('English PDF file').setInputFiles({ name: 'factsheet.pdf', mimeType: 'application/pdf', buffer: png });
  await page.getByRole('button', { name: 'Add document' }).click();
  await expect(page.getByText('This file is not a PDF, whatever its name says: its contents were checked. Save or export it as PDF and upload that.')).toBeVisible();
  await expect(page.getByLabel('English PDF file')).toHaveAttribute('aria-invalid', 'true');
  // What was typed is still there to correct.
  await expect(page.getByRole('group', { name: 'In English' }).getByLabel('Title')).toHaveValue(title);
  await page.goto(`/en/admin/documents?q=${encodeURIComponent(title)}`);
  await expect(page.getByText('No documents match', { exact: true })).toBeVisible();
});

test('an editor adds a Russian file, removes the English one (but never the last), then deletes the document', async ({ page }) => {
  test.slow();
  const stamp = Date.now();
  const en = `Kyrgyzstan factsheet ${stamp}`;
  await signInAs(page, 'editor@example.org');
  await page.goto('/en/admin/documents/new');
  await page.getByLabel('Type').selectOption({ label: 'Factsheet' });
  await page.getByRole('group', { name: 'In English' }).getByLabel('Title').fill(en);
  await page.getByRole('group', { name: 'In English' }).getByLabel('English PDF file').setInputFiles({ name: 'kg-en.pdf', mimeType: 'application/pdf', buffer: uniquePdf(en) });
  await page.getByRole('group', { name: 'In Russian' }).getByLabel('Title').fill(`Информационный бюллетень по Кыргызстану ${stamp}`);
  await page.getByRole('button', { name: 'Add document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit document: ${en}` })).toBeVisible({ timeout: 15_000 });

  const russianFile = page.getByRole('region', { name: 'Russian' });
  await russianFile.getByLabel('Upload a Russian PDF').setInputFiles({ name: 'kg-ru.pdf', mimeType: 'application/pdf', buffer: uniquePdf(`${en} ru`) });
  await expect(russianFile.getByRole('status').filter({ hasText: 'Russian file uploaded.' })).toBeVisible({ timeout: 15_000 });
  await expect(russianFile.getByRole('link', { name: 'Download kg-ru.pdf' })).toBeVisible();

  const englishFile = page.getByRole('region', { name: 'English' });
  await englishFile.getByRole('button', { name: 'Remove the English PDF' }).click();
  await expect(englishFile.getByText('No English file: readers of the English site are offered the Russian one.')).toBeVisible();
  await expect(russianFile.getByRole('button', { name: 'Remove the Russian PDF' })).toHaveCount(0);
  await expect(russianFile.getByText('This is the only file, so it cannot be removed; it can be replaced.')).toBeVisible();

  // The English resources page now says so, and offers the Russian file.
  const reader = await page.context().newPage();
  await reader.goto(`/en/resources?type=factsheet&year=${new Date().getFullYear()}`);
  const entry = reader.getByRole('article', { name: en });
  await expect(entry.getByText('English version not available')).toBeVisible();
  await expect(entry.getByRole('link', { name: 'Download in Russian' })).toHaveAttribute('hreflang', 'ru');
  await reader.close();

  // Deleting asks first: cancelled, nothing happens.
  let asked = '';
  page.once('dialog', (dialog) => {
    asked = dialog.message();
    void dialog.dismiss();
  });
  await page.getByRole('button', { name: 'Delete document' }).click();
  await expect.poll(() => asked).toBe('Delete this document and its files for good? This cannot be undone.');
  await page.reload();
  await expect(page.getByRole('button', { name: 'Delete document' })).toBeVisible();
  page.once('dialog', (d) => void d.accept());
  await page.getByRole('button', { name: 'Delete document' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Document deleted.' })).toBeVisible();
  await expect(page.getByRole('link', { name: en })).toHaveCount(0);
});

test('a translator gets the not-found page at the documents admin and cannot upload', async ({ page }) => {
  await signInAs(page, 'translator@example.org');
  await expect(page.getByRole('navigation', { name: 'Admin' }).getByRole('link', { name: 'Documents' })).toHaveCount(0);
  for (const path of ['/en/admin/documents', '/en/admin/documents/new', '/en/admin/documents/1']) {
    const response = await page.goto(path);
    expect(response?.status(), path).toBe(404);
    await expect(page.getByRole('heading', { level: 1, name: 'Page not found' })).toBeVisible();
  }
  const upload = await page.request.post('/api/documents', {
    multipart: { type: 'report', year: '2021', 'title.en': 'T', 'title.ru': 'Т', 'file.en': { name: 'a.pdf', mimeType: 'application/pdf', buffer: uniquePdf('translator') } },
  });
  expect(upload.status()).toBe(403);
});
