import { expect, test } from '@playwright/test';
import { makeMinimalPdf } from '../lib/documents/minimal-pdf';
import { withE2eDatabase } from './fixtures';
import { apiFor, BASE_URL } from './sessions';
import { closeOpened, expectInert, open, visit, type Guarded } from './xss-helpers';
import { refreshAllPages } from './internal';
import { XSS_PAYLOADS } from './xss-payloads';

/**
 * Stored XSS through the fields added after e2e/xss.spec.ts was written, in a real browser, in
 * its style: documents (titles and descriptions in both languages, the uploaded PDF's file name,
 * and the name a download is saved under) and the site settings (name, tagline and footer text
 * in both languages, shown on every public page, in <title>, the meta description and the RSS
 * feeds). Each page that shows them must run nothing (no dialog, window.__xss unset, no inline
 * script carrying a payload) and show the text exactly as typed.
 *
 * The site settings are global: while they hold payloads, every page of the site shows them,
 * and other specs assert the default site name. So that test is tagged @site-wide and runs in a
 * Playwright project of its own (`site-wide`, playwright.config.ts) that starts only after every
 * other browser test has finished, one test at a time; it puts the settings back as it found
 * them in a `finally`, straight in the database, and has the server drop its cached pages
 * (e2e/internal.ts), so even a failed run leaves the site as it was.
 */

const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
const regexp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

test.afterEach(closeOpened);

/** A PDF no other upload made (storage names files by their bytes). */
const pdf = (title: string) => Buffer.from(makeMinimalPdf([{ title, paragraphs: [`${Date.now()} ${Math.random()}`] }]));

/**
 * The Content-Disposition a download is saved under: an ASCII slug and an RFC 5987 UTF-8 name,
 * neither able to break out of its parameter (no quote, semicolon, line break, path or markup).
 */
function expectSafeDisposition(header: string | undefined, startsWith: string) {
  expect(header).toMatch(/^attachment; filename="[a-z0-9]+(?:-[a-z0-9]+)*\.pdf"; filename\*=UTF-8''[A-Za-z0-9!._~%-]+$/);
  const name = decodeURIComponent(header!.split("filename*=UTF-8''")[1]!);
  expect(name).toMatch(/\.pdf$/);
  expect(name).not.toMatch(/[\\/:*?"<>|\u0000-\u001f\u007f]/);
  expect(name.startsWith(startsWith), `${name} starts with ${startsWith}`).toBe(true);
}

// ---------------------------------------------------------------------------------------------
// Documents

test('a document typed through the forms with payloads in its titles, descriptions and file name: public and admin pages inert, the download name safe', async ({ browser }) => {
  test.slow();
  const tag = run();
  const en = { title: `XSS ${tag} "><img src=x onerror=alert(1)></title><script>window.__xss=1</script>`, description: '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> description' };
  const ru = { title: `XSS ${tag} '><svg onload=alert(1)> {{constructor.constructor('window.__xss=1')()}}`, description: '"><details open ontoggle=window.__xss=1> описание' };
  const newDescription = '</textarea><script>window.__xss=1</script> edited';
  // No double quote: browsers send it as %22 in a multipart file name.
  const fileName = `'><img src=x onerror=alert(1)> ${tag}.pdf`;

  const editor = await open(browser, 'editor');
  const { page } = editor;
  await visit(editor, '/en/admin/documents/new');
  await page.getByLabel('Type').selectOption({ label: 'Report' });
  await page.getByLabel('Year').fill('1902');
  for (const [language, text] of [['In English', en], ['In Russian', ru]] as const) {
    const group = page.getByRole('group', { name: language });
    await group.getByLabel('Title').fill(text.title);
    await group.getByLabel('Description').fill(text.description);
  }
  await page.getByLabel('English PDF file').setInputFiles({ name: fileName, mimeType: 'application/pdf', buffer: pdf(tag) });
  await page.getByRole('button', { name: 'Add document' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit document: ${en.title}`, exact: true })).toBeVisible({ timeout: 20_000 });
  await expectInert(editor, 'the new document’s edit page');
  await expect(page.getByRole('link', { name: `Download ${fileName}`, exact: true })).toBeVisible();

  // Edited through the edit form too.
  const english = page.getByRole('group', { name: 'In English' });
  await expect(english.getByLabel('Title')).toHaveValue(en.title);
  await english.getByLabel('Description').fill(newDescription);
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expectInert(editor, 'the edit page after saving');
  await expect(page.getByRole('group', { name: 'In English' }).getByLabel('Description')).toHaveValue(newDescription);
  await expect(page.getByRole('group', { name: 'In Russian' }).getByLabel('Title')).toHaveValue(ru.title);
  const documentId = Number(page.url().match(/\/documents\/(\d+)/)![1]);
  await visit(editor, `/ru/admin/documents/${documentId}`);
  await expect(page.getByRole('heading', { level: 1, name: `Документ: ${ru.title}`, exact: true })).toBeVisible();

  await visit(editor, `/en/admin/documents?q=${tag}`);
  await expect(page.getByRole('link', { name: en.title, exact: true })).toBeVisible();
  // The search finds it by its file name too.
  await visit(editor, `/en/admin/documents?q=${encodeURIComponent(fileName)}`);
  await expect(page.getByRole('link', { name: en.title, exact: true })).toBeVisible();
  await visit(editor, `/ru/admin/documents?q=${tag}`);
  await expect(page.getByRole('link', { name: ru.title, exact: true })).toBeVisible();

  const visitor = await open(browser, 'anonymous');
  await visit(visitor, '/en/resources?year=1902&type=report');
  const entry = visitor.page.getByRole('article', { name: en.title, exact: true });
  await expect(entry.getByText(newDescription, { exact: true })).toBeVisible();
  const href = await entry.getByRole('link', { name: 'Download in English' }).getAttribute('href');
  await visit(visitor, '/ru/resources?year=1902&type=report');
  const russian = visitor.page.getByRole('article', { name: ru.title, exact: true });
  await expect(russian.getByText(ru.description, { exact: true })).toBeVisible();
  await expect(russian.getByRole('link', { name: 'Скачать на английском' })).toHaveAttribute('href', href!);

  const response = await visitor.page.request.get(href!);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('application/pdf');
  expectSafeDisposition(response.headers()['content-disposition'], `XSS ${tag} `);

  const admin = await open(browser, 'admin');
  await visit(admin, '/en/admin/audit?entity=document');
});

test('every payload in every document field and file name, stored by a crafted upload: resources pages, admin list, edit pages and downloads', async ({ browser }) => {
  test.slow();
  const tag = run();
  const api = await apiFor(browser, 'editor');
  const docs: { id: number; payload: string; en: { title: string; description: string }; ru: { title: string; description: string }; fileName: string }[] = [];
  try {
    for (const [i, { text: payload }] of XSS_PAYLOADS.entries()) {
      const doc = {
        payload,
        en: { title: `XSS ${tag} #${i} ${payload}`, description: `Description: ${payload}` },
        ru: { title: `XSS ${tag} №${i} ${payload}`, description: `Описание: ${payload}` },
        // A multipart file name carries no double quote or line break.
        fileName: `${payload.replace(/["\r\n]/g, '')} ${tag}.pdf`,
      };
      const response = await api.post('/api/documents', {
        headers: { Origin: BASE_URL },
        multipart: {
          type: 'other',
          year: '1901',
          'title.en': doc.en.title,
          'description.en': doc.en.description,
          'title.ru': doc.ru.title,
          'description.ru': doc.ru.description,
          'file.en': { name: doc.fileName, mimeType: 'application/pdf', buffer: pdf(`${tag} ${i}`) },
        },
      });
      expect(response.status(), `${payload}: ${await response.text()}`).toBe(201);
      docs.push({ ...doc, id: ((await response.json()) as { documentId: number }).documentId });
    }
  } finally {
    await api.dispose();
  }
  // The file names as stored, as the edit pages show them.
  const stored = await withE2eDatabase(
    (db) => db.prepare(`select document_id as id, file_original_name as name from document_translations where locale = 'en' and document_id in (${docs.map((d) => d.id).join(',')})`).all() as { id: number; name: string }[],
  );
  const fileNameOf = (id: number) => stored.find((s) => s.id === id)!.name;

  // The public lists, ten to a page: each document on one of its pages, in each language.
  const visitor = await open(browser, 'anonymous');
  for (const locale of ['en', 'ru'] as const) {
    const seen = new Set<number>();
    for (const n of [1, 2]) {
      await visit(visitor, `/${locale}/resources?type=other&year=1901${n > 1 ? `&page=${n}` : ''}`);
      for (const doc of docs) {
        const entry = visitor.page.getByRole('article', { name: doc[locale].title, exact: true });
        if (!(await entry.count())) continue;
        await expect(entry.getByText(doc[locale].description, { exact: true })).toBeVisible();
        seen.add(doc.id);
      }
    }
    expect(seen.size, `documents seen on /${locale}/resources`).toBe(docs.length);
  }
  for (const doc of docs) {
    const response = await visitor.page.request.get(`/documents/${doc.id}/en.pdf`);
    expect(response.status(), doc.payload).toBe(200);
    expectSafeDisposition(response.headers()['content-disposition'], `XSS ${tag} #`);
  }

  const editor = await open(browser, 'editor');
  await visit(editor, `/en/admin/documents?q=${tag}`);
  for (const doc of docs) await expect(editor.page.getByRole('link', { name: doc.en.title, exact: true })).toBeVisible();
  await visit(editor, `/ru/admin/documents?q=${tag}`);
  for (const doc of docs) await expect(editor.page.getByRole('link', { name: doc.ru.title, exact: true })).toBeVisible();
  for (const doc of docs.filter((_, i) => i % 3 === 0)) {
    await test.step(doc.payload, async () => {
      await visit(editor, `/en/admin/documents/${doc.id}`);
      await expect(editor.page.getByRole('heading', { level: 1, name: `Edit document: ${doc.en.title}`, exact: true })).toBeVisible();
      await expect(editor.page.getByRole('link', { name: `Download ${fileNameOf(doc.id)}`, exact: true })).toBeVisible();
      await expect(editor.page.getByRole('group', { name: 'In Russian' }).getByLabel('Description')).toHaveValue(doc.ru.description);
    });
  }
});

test('each payload in the documents search box comes back as the search text, inert', async ({ browser }) => {
  test.slow();
  const editor = await open(browser, 'editor');
  for (const { text } of XSS_PAYLOADS) {
    await visit(editor, `/en/admin/documents?q=${encodeURIComponent(text)}&type=${encodeURIComponent(text)}&year=${encodeURIComponent(text)}`);
    await expect(editor.page.getByRole('searchbox', { name: 'Search' })).toHaveValue(text);
  }
});

// ---------------------------------------------------------------------------------------------
// Site settings (the `site-wide` project: after every other browser test, alone)

type SettingsRow = { value: string; version: number } | undefined;

test('site name, tagline and footer typed with payloads in both languages: every public page, <title>, the RSS feeds and the settings page stay inert', { tag: '@site-wide' }, async ({ browser }) => {
  test.slow();
  const tag = run();
  const settings = {
    en: {
      siteName: `</title><script>window.__xss=1</script> ${tag}`,
      tagline: `]]></description><script>window.__xss=1</script> & &amp; <![CDATA[ "><img src=x onerror=alert(1)> ${tag}`,
      footerText: `<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> <details open ontoggle=window.__xss=1> footer ${tag}`,
    },
    ru: {
      siteName: `"><img src=x onerror=window.__xss=1> Пресс-центр ${tag}`,
      tagline: `'><svg onload=alert(1)> {{constructor.constructor('window.__xss=1')()}} ${tag}`,
      footerText: `<math><mtext><table><mglyph><style><img src=x onerror=window.__xss=1> подвал ${tag}`,
    },
  };
  const before = await withE2eDatabase((db) => db.prepare('select value, version from site_settings where id = 1').get() as SettingsRow);
  let restored = false;
  const restore = async () => {
    if (restored) return;
    await withE2eDatabase((db) => {
      if (before) db.prepare('update site_settings set value = ?, version = version + 1 where id = 1').run(before.value);
      else db.prepare('delete from site_settings where id = 1').run();
    });
    // Written behind the app's back: have its cached pages rendered afresh, as a restore would.
    await refreshAllPages(browser);
    restored = true;
  };
  try {
    const admin = await open(browser, 'admin');
    const { page } = admin;
    await visit(admin, '/en/admin/settings');
    for (const [language, locale] of [['Texts in English', 'en'], ['Texts in Russian', 'ru']] as const) {
      const group = page.getByRole('group', { name: language });
      await group.getByLabel('Site name').fill(settings[locale].siteName);
      await group.getByLabel('Tagline').fill(settings[locale].tagline);
      await group.getByLabel('Footer text').fill(settings[locale].footerText);
    }
    await page.getByRole('button', { name: 'Save settings' }).click();
    await expect(page.getByRole('status').filter({ hasText: 'Settings saved' })).toBeVisible();
    await expectInert(admin, 'the settings page after saving');
    await visit(admin, '/en/admin/settings');
    for (const [language, locale] of [['Texts in English', 'en'], ['Texts in Russian', 'ru']] as const) {
      const group = page.getByRole('group', { name: language });
      await expect(group.getByLabel('Site name')).toHaveValue(settings[locale].siteName);
      await expect(group.getByLabel('Tagline')).toHaveValue(settings[locale].tagline);
      await expect(group.getByLabel('Footer text')).toHaveValue(settings[locale].footerText);
    }
    await visit(admin, '/ru/admin/settings');
    await visit(admin, '/en/admin');
    await visit(admin, '/en/admin/audit?entity=site_settings');

    const visitor = await open(browser, 'anonymous');
    for (const locale of ['en', 'ru'] as const) {
      const s = settings[locale];
      await test.step(`public pages in ${locale}`, async () => {
        await visit(visitor, `/${locale}`);
        await expectSiteTexts(visitor, s, { home: true });
        for (const path of ['/news', '/resources']) {
          await visit(visitor, `/${locale}${path}`);
          await expectSiteTexts(visitor, s);
        }
        await visit(visitor, `/${locale}/no-such-page-${tag}`, 404);
        await expect(visitor.page.getByRole('banner').getByRole('link', { name: s.siteName, exact: true })).toBeVisible();
        await visit(visitor, `/${locale}/admin/sign-in`);
        await expect(visitor.page.getByRole('link', { name: s.siteName, exact: true })).toBeVisible();

        // The feed: well-formed XML whose channel says exactly what was typed, with no element of ours.
        const response = await visitor.page.request.get(`/${locale}/feed.xml`);
        expect(response.status()).toBe(200);
        const xml = await response.text();
        expect(xml).not.toMatch(/<script|<img|<svg|<iframe|<details|<math/i);
        const parsed = await visitor.page.evaluate((text) => {
          const doc = new DOMParser().parseFromString(text, 'application/xml');
          return {
            errors: doc.getElementsByTagName('parsererror').length,
            root: doc.documentElement.nodeName,
            title: doc.querySelector('channel > title')?.textContent,
            description: doc.querySelector('channel > description')?.textContent,
            elements: [...new Set([...doc.getElementsByTagName('*')].map((e) => e.nodeName))].sort(),
          };
        }, xml);
        expect(parsed).toMatchObject({ errors: 0, root: 'rss', title: s.siteName, description: s.tagline });
        expect(parsed.elements.filter((n) => !['atom:link', 'category', 'channel', 'description', 'guid', 'item', 'language', 'lastBuildDate', 'link', 'pubDate', 'rss', 'title'].includes(n))).toEqual([]);
      });
    }

    // Put back as found, and the site shows its own name again.
    await restore();
    await visit(visitor, '/en');
    await expect(visitor.page.getByRole('banner').getByRole('link', { name: settings.en.siteName })).toHaveCount(0);
    await expect(visitor.page.getByRole('banner').getByRole('link').first()).toHaveText(before ? (JSON.parse(before.value) as { siteName: { en: string } }).siteName.en : 'UN Central Asia Newsroom');
  } finally {
    await restore();
  }
});

async function expectSiteTexts({ page }: Guarded, s: { siteName: string; tagline: string; footerText: string }, { home = false } = {}) {
  await expect(page.getByRole('banner').getByRole('link', { name: s.siteName, exact: true })).toBeVisible();
  await expect(page.getByRole('contentinfo').getByText(s.footerText, { exact: true })).toBeVisible();
  if (home) {
    // The home page has the site's own title and, as its description, the tagline.
    await expect(page).toHaveTitle(s.siteName);
    await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', s.tagline);
  } else {
    await expect(page).toHaveTitle(new RegExp(`^.+ — ${regexp(s.siteName)}$`));
  }
}
