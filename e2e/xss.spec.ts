import { expect, test, type Page } from '@playwright/test';
import sharp from 'sharp';
import { insertStoryWithTranslations } from '../db/mutations/stories';
import { eq } from 'drizzle-orm';
import { entryTranslations, type RichTextDoc, type RichTextNode } from '../db/schema';
import { slugify } from '../lib/slug';
import { withE2eDrizzle } from './db';
import { createE2eUser, withE2eDatabase } from './fixtures';
import { sessionOf, type Who } from './sessions';
import { closeOpened, expectInert, guardedPage, open, opened, visit, type Guarded } from './xss-helpers';
import { HOSTILE_HREFS, XSS_PAYLOADS } from './xss-payloads';

/**
 * Stored and reflected XSS, in a real browser: payloads from the OWASP and PortSwigger cheat
 * sheets in every field people can store and every query-string parameter, then the public and
 * admin pages that show them. A payload that ran would set window.__xss or open a dialog.
 *
 * How each field is written: story title, slug, summary, body text, dateline, SEO fields,
 * glossary terms and notes, media file name, alt text, caption and credit, and a user's name go
 * through the admin's own forms (the UI); the bulk sweep of every payload in every story field
 * in both languages, and bodies with hostile link targets and made-up nodes (which no form can
 * produce), are written straight into the e2e database with the app's own mutation
 * (insertStoryWithTranslations) — i.e. what a crafted request could have stored.
 */

const SITE = 'UN Central Asia Newsroom';
const run = () => `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

test.afterEach(closeOpened);

const saved = (page: Page) => expect(page.getByRole('status').filter({ hasText: /All changes saved/ })).toBeVisible({ timeout: 15_000 });

function paragraph(text: string, marks?: RichTextNode['marks']): RichTextNode {
  return { type: 'paragraph', content: [{ type: 'text', text, ...(marks ? { marks } : {}) }] };
}

/** A body with the payload as text, every hostile link target, made-up nodes, marks and attributes. */
function hostileBody(payload: string): RichTextDoc {
  return {
    type: 'doc',
    content: [
      paragraph(`Body: ${payload}`),
      { type: 'heading', attrs: { level: '2" onclick="window.__xss=1', id: '"><script>window.__xss=1</script>' }, content: [{ type: 'text', text: `Heading ${payload}` }] },
      ...HOSTILE_HREFS.map((href, i) => paragraph(`hostile link ${i}`, [{ type: 'link', attrs: { href } }])),
      paragraph('safe link', [{ type: 'link', attrs: { href: 'https://example.org/safe', onclick: 'window.__xss=1', target: '_self', style: 'x' } }]),
      paragraph('unknown mark', [{ type: 'span', attrs: { onmouseover: 'window.__xss=1', style: 'background:url(javascript:window.__xss=1)' } }]),
      { type: 'iframe', attrs: { src: 'javascript:window.__xss=1', srcdoc: '<script>parent.__xss=1</script>' }, content: [{ type: 'text', text: 'inside an unknown node' }] },
      { type: 'orderedList', attrs: { start: '1" onclick="window.__xss=1' }, content: [{ type: 'listItem', content: [paragraph(`List: ${payload}`)] }] },
    ],
  };
}

type StoredStory = { id: number; payload: string; en: { title: string; slug: string; summary: string; dateline: string; seoTitle: string; seoDescription: string }; ru: { title: string; slug: string } };

/** One bilingual story per payload, published long ago so it sits at the end of every list. */
async function storeStories(tag: string, payloads: readonly string[]): Promise<StoredStory[]> {
  return withE2eDrizzle((db) =>
    db.transaction((tx) =>
      payloads.map((payload, i) => {
        const en = {
          title: `XSS ${tag} #${i} ${payload}`,
          summary: payload,
          dateline: payload.slice(0, 100),
          // Every other story leaves its SEO title empty, so its title goes into <title>.
          seoTitle: i % 2 ? payload.slice(0, 120) : '',
          seoDescription: payload,
        };
        const ruTitle = `XSS ${tag} №${i} ${payload}`;
        const publishedAt = new Date(Date.UTC(2001, 0, 1, 0, i));
        const { storyId } = insertStoryWithTranslations(tx, {
          kind: 'story',
          sourceLocale: 'en',
          topics: [],
          countries: [],
          authorId: null,
          translations: [
            { locale: 'en', ...en, body: hostileBody(payload), status: 'published', publishedAt },
            { locale: 'ru', title: ruTitle, summary: payload, dateline: payload.slice(0, 100), body: hostileBody(payload), status: 'published', publishedAt },
          ],
        });
        const slugs = tx.select({ locale: entryTranslations.locale, slug: entryTranslations.slug }).from(entryTranslations).where(eq(entryTranslations.entryId, storyId)).all();
        const slug = (l: string) => slugs.find((s) => s.locale === l)!.slug;
        return { id: storyId, payload, en: { ...en, slug: slug('en') }, ru: { title: ruTitle, slug: slug('ru') } };
      }),
    ),
  );
}

async function expectStoryPageInert(g: Guarded, story: StoredStory) {
  const { page } = g;
  const en = story.en;
  await visit(g, `/en/news/${en.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: en.title, exact: true })).toBeVisible();
  await expect(page.getByText(en.summary, { exact: true })).toBeVisible();
  await expect(page.getByText(`${en.dateline} ·`)).toBeVisible();
  await expect(page).toHaveTitle(`${en.seoTitle || en.title} — ${SITE}`);
  await expect(page.locator('meta[name="description"]')).toHaveAttribute('content', en.seoDescription);
  await expect(page.getByRole('heading', { level: 2, name: `Heading ${story.payload}`, exact: true })).toBeVisible();
  // Hostile targets: the words stay, the link goes.
  for (let i = 0; i < HOSTILE_HREFS.length; i++) {
    await expect(page.getByText(`hostile link ${i}`, { exact: true })).toBeVisible();
    await expect(page.getByRole('link', { name: `hostile link ${i}` })).toHaveCount(0);
  }
  const safe = page.getByRole('link', { name: 'safe link', exact: true });
  await expect(safe).toHaveAttribute('href', 'https://example.org/safe');
  for (const attribute of ['onclick', 'target', 'style']) expect(await safe.getAttribute(attribute), attribute).toBeNull();
  await expect(page.getByText('inside an unknown node', { exact: true })).toBeVisible();
  await expect(page.locator('iframe, object, embed')).toHaveCount(0);
  expect(await page.locator('[onclick], [onmouseover], [onerror], [onload]').count()).toBe(0);

  await visit(g, `/ru/news/${story.ru.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: story.ru.title, exact: true })).toBeVisible();
}

// ---------------------------------------------------------------------------------------------

// Three tests of a third of the payloads each, so that each fits its time on two busy cores.
const THIRDS = [0, 1, 2].map((k) => XSS_PAYLOADS.filter((_, i) => i % 3 === k));
for (const [k, payloads] of THIRDS.entries()) {
  test(`every payload in every story field, in both languages, is shown as text on its public pages (${k + 1} of 3)`, async ({ browser }) => {
    test.slow();
    const tag = run();
    const stories = await storeStories(tag, payloads.map((p) => p.text));
    const visitor = await open(browser, 'anonymous');
    for (const story of stories) await test.step(story.payload, () => expectStoryPageInert(visitor, story));

    // The news list's last pages, where stories published in 2001 sit. Tests running alongside
    // publish newer stories, which push ours a page further while we look: look again until found.
    const title = visitor.page.getByRole('link', { name: stories[0]!.en.title, exact: true });
    await expect(async () => {
      await visit(visitor, '/en/news');
      const pageOf = await visitor.page.getByText(/^Page 1 of \d+$/).textContent();
      for (let n = Number(pageOf!.match(/\d+$/)![0]); n > 0; n--) {
        await visit(visitor, `/en/news?page=${n}`);
        if (await title.count()) break;
      }
      await expect(title).toBeVisible({ timeout: 1_000 });
    }).toPass({ timeout: 60_000 });
  });
}

test('the same stories in the admin: story list, editor, revisions and translation workspace', async ({ browser }) => {
  test.slow();
  const tag = run();
  const stories = await storeStories(tag, XSS_PAYLOADS.map((p) => p.text));
  const editor = await open(browser, 'editor');
  await visit(editor, `/en/admin/stories?q=${tag}`);
  for (const story of stories) await expect(editor.page.getByRole('link', { name: story.en.title, exact: true })).toBeVisible();

  const translator = await open(browser, 'translator');
  for (const story of stories.filter((_, i) => i % 4 === 0)) {
    await visit(editor, `/en/admin/stories/${story.id}`);
    await expect(editor.page.getByRole('heading', { level: 1, name: story.en.title, exact: true })).toBeVisible();
    await expect(editor.page.getByLabel('Summary')).toHaveValue(story.payload);
    // The rich-text editor shows the words and no hostile link.
    await expect(editor.page.getByRole('textbox', { name: 'Text' })).toContainText('hostile link 0');
    await expect(editor.page.locator('[contenteditable] a[href^="javascript" i], [contenteditable] a[href^="data:" i]')).toHaveCount(0);
    await visit(editor, `/en/admin/stories/${story.id}/revisions?lang=ru`);
    await visit(translator, `/en/admin/translations/${story.id}/ru`);
    await expect(translator.page.getByText(story.en.title, { exact: true }).first()).toBeVisible();
  }
});

test('a story written through the editor with payloads in every field: slug made safe, public and admin pages inert', async ({ browser }) => {
  test.slow();
  const tag = run();
  const title = `XSS ${tag} "><img src=x onerror=alert(1)></title><script>window.__xss=1</script>`;
  const newTitle = `XSS ${tag} '><svg onload=alert(1)> {{constructor.constructor('window.__xss=1')()}}`;
  const summary = '<iframe srcdoc="<script>parent.__xss=1</script>"></iframe> summary';
  const dateline = '"><details open ontoggle=window.__xss=1>';
  const seoTitle = '</title><script>window.__xss=1</script>';
  const seoDescription = '" onmouseover="window.__xss=1" x="';
  const bodyText = '<img src=x onerror=window.__xss=1> typed in the editor </script><script>alert(1)</script>';

  const editor = await open(browser, 'editor');
  const { page } = editor;
  await visit(editor, '/en/admin/stories/new');
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create draft' }).click();
  await expect(page).toHaveURL(/\/en\/admin\/stories\/\d+$/, { timeout: 20_000 });
  const storyId = Number(page.url().match(/(\d+)$/)![1]);
  await expectInert(editor, 'the new story in the editor');
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  // The slugifier keeps only lower-case Latin words and hyphens.
  const slug = slugify(title);
  expect(slug).toMatch(/^[a-z0-9]+(-[a-z0-9]+)*$/);
  await expect(page.getByLabel('Address (slug)')).toHaveValue(slug);

  await page.getByLabel('Summary').fill(summary);
  await page.getByLabel('Dateline place').fill(dateline);
  await page.getByLabel('SEO title').fill(seoTitle);
  await page.getByLabel('SEO description').fill(seoDescription);
  await page.getByRole('textbox', { name: 'Text' }).click();
  await page.keyboard.type(bodyText);
  await saved(page);
  // A second revision with another title, for the revisions diff.
  await page.getByLabel('Title', { exact: true }).fill(newTitle);
  await page.getByLabel('Note for this revision (optional)').fill('<b onmouseover=alert(1)>note</b>');
  await page.getByRole('button', { name: 'Save', exact: true }).click();
  await saved(page);
  await page.getByRole('button', { name: 'Submit for review' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Submitted for review.' })).toBeVisible();
  await page.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  await expectInert(editor, 'the story editor after publishing');

  const visitor = await open(browser, 'anonymous');
  await visit(visitor, `/en/news/${slug}`);
  await expect(visitor.page.getByRole('heading', { level: 1, name: newTitle, exact: true })).toBeVisible();
  await expect(visitor.page.getByText(summary, { exact: true })).toBeVisible();
  await expect(visitor.page.getByText(`${dateline} ·`)).toBeVisible();
  await expect(visitor.page.getByText(bodyText, { exact: true })).toBeVisible();
  await expect(visitor.page).toHaveTitle(`${seoTitle} — ${SITE}`);
  await expect(visitor.page.locator('meta[name="description"]')).toHaveAttribute('content', seoDescription);
  await visit(visitor, '/en/news');
  await expect(visitor.page.getByRole('link', { name: newTitle, exact: true })).toBeVisible();
  await visit(visitor, '/en');

  await visit(editor, '/en/admin');
  await expect(editor.page.getByRole('link', { name: newTitle, exact: true }).first()).toBeVisible();
  await visit(editor, `/en/admin/stories?q=${tag}`);
  await expect(editor.page.getByRole('link', { name: newTitle, exact: true })).toBeVisible();
  // The first revision against the latest: the title changed between them.
  const [first, last] = await withE2eDatabase(
    (db) =>
      db
        .prepare("select min(r.id) as a, max(r.id) as b from revisions r join entry_translations t on t.id = r.translation_id where t.entry_id = ? and t.locale = 'en'")
        .get(storyId) as { a: number; b: number },
  ).then((r) => [r.a, r.b]);
  await visit(editor, `/en/admin/stories/${storyId}/revisions?a=${first}&b=${last}`);
  await expect(editor.page.getByRole('cell', { name: '<b onmouseover=alert(1)>note</b>' })).toBeVisible();
  const diff = editor.page.getByRole('region', { name: /Changes from version \d+ to version \d+/ });
  // Word by word: the fields added since the first revision show whole, as text.
  await expect(diff).toContainText(summary);
  await expect(diff).toContainText(bodyText);
  await expect(diff).toContainText("{{constructor.constructor('window.__xss=1");
  await visit(editor, `/en/admin/translations/${storyId}/ru`);
  await expect(editor.page.getByText(newTitle, { exact: true }).first()).toBeVisible();
  await visit(editor, '/en/admin/translations');

  const admin = await open(browser, 'admin');
  await visit(admin, '/en/admin/audit?entity=translation');
});

test('a source change with payloads, as the translator sees it in the workspace', async ({ browser }) => {
  test.slow();
  const [story] = await storeStories(run(), ['<svg/onload=window.__xss=1> source paragraph']);
  const editor = await open(browser, 'editor');
  await visit(editor, `/en/admin/stories/${story!.id}`);
  const body = editor.page.getByRole('textbox', { name: 'Text' });
  await body.getByText('<svg/onload=window.__xss=1> source paragraph').first().click();
  await editor.page.keyboard.press('End');
  await editor.page.keyboard.type(' and "><img src=x onerror=alert(1)> added');
  await editor.page.getByLabel('Summary').fill('</textarea><script>window.__xss=1</script>');
  await saved(editor.page);
  await expectInert(editor, 'the editor after saving');

  const translator = await open(browser, 'translator');
  await visit(translator, `/en/admin/translations/${story!.id}/ru`);
  const changes = translator.page.getByRole('list', { name: 'Paragraphs of the source' });
  await expect(changes.getByRole('listitem').filter({ hasText: 'Paragraph changed' }).first()).toContainText('"><img src=x onerror=alert(1)> added');
  await expect(translator.page.getByText('</textarea><script>window.__xss=1</script>').first()).toBeVisible();
  await visit(translator, '/en/admin/translations');
});

test('glossary terms and notes typed through the glossary form are inert for editors, translators and in the workspace', async ({ browser }) => {
  test.slow();
  const tag = run();
  // The workspace's term matcher allows for inflection at the end of each word; this one still matches itself.
  const term = `<svg onload=alert(1)>xss${tag}</svg>`;
  const ru = `"><svg onload=window.__xss=1> ${tag}`;
  const note = '<script>window.__xss=1</script> note';
  const [story] = await storeStories(tag, [`Text that names the ${term} in the source.`]);

  const editor = await open(browser, 'editor');
  await visit(editor, '/en/admin/glossary');
  const add = editor.page.getByRole('region', { name: 'Add a term pair' });
  await add.getByLabel('English').fill(term);
  await add.getByLabel('Russian').fill(ru);
  await add.getByLabel('Note').fill(note);
  await add.getByRole('button', { name: 'Add' }).click();
  await expect(add.getByRole('status')).toHaveText('Added.');
  await visit(editor, '/en/admin/glossary');
  await expect(editor.page.getByLabel(`English for “${term}”`)).toHaveValue(term);

  const translator = await open(browser, 'translator');
  await visit(translator, '/en/admin/glossary');
  await expect(translator.page.getByText(`${term} ↔ ${ru} — ${note}`)).toBeVisible();
  await visit(translator, `/en/admin/translations/${story!.id}/ru`);
  const panel = translator.page.getByRole('region', { name: 'Glossary terms in the source' });
  await expect(panel.getByRole('listitem').filter({ hasText: term })).toContainText(ru);

  const admin = await open(browser, 'admin');
  await visit(admin, '/en/admin/audit?entity=glossary_term');
});

test('an image uploaded under a hostile file name, with payloads in its alt text, caption and credit', async ({ browser }) => {
  test.slow();
  const tag = run();
  // No double quote: browsers send it as %22 in a multipart file name.
  const name = `'><img src=x onerror=alert(1)> ${tag}.png`;
  const alt = `<svg onload=window.__xss=1> alt ${tag}`;
  const caption = '</figcaption><script>window.__xss=1</script>';
  const creditBy = "'><details open ontoggle=alert(1)>";
  const creditPlace = '{{constructor.constructor("window.__xss=1")()}}';
  const png = await sharp({ create: { width: 64, height: 48, channels: 3, background: { r: 7, g: 77, b: parseInt(tag.slice(-2), 36) % 255 } } })
    .png()
    .toBuffer();

  const editor = await open(browser, 'editor');
  const { page } = editor;
  await visit(editor, '/en/admin/media');
  await page.getByLabel('Choose images').setInputFiles({ name, mimeType: 'image/png', buffer: png });
  await expect(page.getByText(`${name}: uploaded.`)).toBeVisible({ timeout: 20_000 });
  await expectInert(editor, 'the media library after the upload');
  await page.getByRole('link', { name: `Edit ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Edit image: ${name}` })).toBeVisible();
  for (const language of ['In English', 'In Russian']) {
    const group = page.getByRole('group', { name: language });
    await group.getByLabel('Alt text').fill(alt);
    await group.getByLabel('Caption').fill(caption);
    await group.getByLabel('Photographer or organisation').fill(creditBy);
    await group.getByLabel('Place').fill(creditPlace);
  }
  await page.getByRole('button', { name: 'Save' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Saved.' })).toBeVisible();
  await page.reload();
  await expectInert(editor, 'the image edit page');
  await expect(page.getByRole('img', { name: alt })).toBeVisible();
  await expect(page.getByText(`Photo: ${creditBy}, ${creditPlace}`)).toBeVisible();

  await visit(editor, `/en/admin/media?q=${encodeURIComponent(tag)}`);
  const card = page.getByRole('listitem').filter({ hasText: tag });
  await expect(card.getByText(name, { exact: true })).toBeVisible();
  await expect(card.getByText(alt, { exact: true })).toBeVisible();
  await visit(editor, '/ru/admin/media');

  const admin = await open(browser, 'admin');
  await visit(admin, '/en/admin/audit?entity=media');
  await expect(admin.page.getByText(name, { exact: true }).first()).toBeVisible();
});

test('user names: typed by an admin into the users form, and shown wherever their work is listed', async ({ browser }) => {
  test.slow();
  const tag = run();
  const admin = await open(browser, 'admin');
  const created = `<img src=x onerror=alert(1)> ${tag}`;
  await visit(admin, '/en/admin/users');
  const form = admin.page.getByRole('region', { name: 'Add a user' });
  await form.getByLabel('Name', { exact: true }).fill(created);
  await form.getByLabel('E-mail', { exact: true }).fill(`xss-${tag}@example.org`);
  await form.getByLabel('Role', { exact: true }).selectOption({ label: 'editor' });
  await form.getByRole('button', { name: 'Add user' }).click();
  await expect(form.getByRole('status')).toBeVisible();
  await visit(admin, '/en/admin/users');
  await expect(admin.page.getByRole('row').filter({ hasText: `xss-${tag}@example.org` }).getByRole('rowheader')).toContainText(created);

  // An account whose name (set in the database, as an admin could) is a payload, at work.
  const user = await createE2eUser('editor');
  const hostile = `"><svg onload=window.__xss=1> ${tag}`;
  await withE2eDatabase((db) => db.prepare('update users set name = ? where id = ?').run(hostile, user.id));
  const [story] = await storeStories(tag, ['a story the hostile name edits']);
  const context = await browser.newContext({ storageState: await sessionOf(browser, 'editor', user.email, user.password) });
  opened.push(context);
  const worker = await guardedPage(context);
  await visit(worker, '/en/admin');
  await expect(worker.page.getByText(`Signed in as ${hostile} (editor)`)).toBeVisible();
  await visit(worker, `/en/admin/stories/${story!.id}`);
  await worker.page.getByLabel('Summary').fill(`edited by ${tag}`);
  await saved(worker.page);

  const editor = await open(browser, 'editor');
  await visit(editor, `/en/admin/stories/${story!.id}`);
  await expect(editor.page.getByText(`Last saved by ${hostile}`)).toBeVisible();
  await visit(editor, `/en/admin/stories/${story!.id}/revisions`);
  await expect(editor.page.getByRole('cell', { name: hostile })).toBeVisible();
  await visit(admin, `/en/admin/audit?actor=${user.id}`);
  await expect(admin.page.getByRole('cell', { name: hostile }).first()).toBeVisible();
});

// ---------------------------------------------------------------------------------------------
// Query strings

test('each payload in the search boxes of the admin lists comes back as the search text, inert', async ({ browser }) => {
  test.slow();
  const editor = await open(browser, 'editor');
  for (const { text } of XSS_PAYLOADS) {
    await visit(editor, `/en/admin/stories?q=${encodeURIComponent(text)}`);
    await expect(editor.page.getByRole('searchbox', { name: 'Search' })).toHaveValue(text);
    await visit(editor, `/en/admin/media?q=${encodeURIComponent(text)}`);
    await expect(editor.page.getByRole('searchbox', { name: 'Search' })).toHaveValue(text);
  }
});

/** A few payloads in every other parameter of every page (validated parameters drop them). */
const PARAM_PAYLOADS = XSS_PAYLOADS.filter((p) =>
  ['script element', 'img onerror', 'double-quote attribute breakout', 'single-quote attribute breakout', 'javascript: URL', '</script> breakout'].includes(p.technique),
).map((p) => p.text);

const QUERY_PAGES: { who: Who; url: (p: string, storyId: number) => string; status: number | number[] }[] = [
  { who: 'anonymous', url: (p) => `/en/news?page=${p}`, status: 404 },
  { who: 'anonymous', url: (p) => `/en?utm_source=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/en/news/${p}?q=${p}`, status: 404 },
  { who: 'anonymous', url: (p) => `/ru/${p}`, status: 404 },
  { who: 'anonymous', url: (p) => `/en/admin/sign-in?callbackUrl=${p}&passwordSet=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/en/admin/set-password/${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/api/preview/exit?lang=${p}&to=${p}`, status: 200 },
  { who: 'editor', url: (p) => `/en/admin/stories?status=${p}&kind=${p}&country=${p}&completeness=${p}&page=${p}`, status: 200 },
  { who: 'editor', url: (p, id) => `/en/admin/stories/${id}?lang=${p}`, status: 200 },
  { who: 'editor', url: (p, id) => `/en/admin/stories/${id}/revisions?lang=${p}&a=${p}&b=${p}`, status: 200 },
  { who: 'editor', url: (p) => `/en/admin/translations?reason=${p}&target=${p}`, status: 200 },
  { who: 'editor', url: (p) => `/en/admin/media?missingAlt=${p}`, status: 200 },
  { who: 'editor', url: (p) => `/api/preview?story=${p}&lang=${p}`, status: 400 },
  { who: 'admin', url: (p) => `/en/admin/audit?action=${p}&actor=${p}&entity=${p}&from=${p}&to=${p}`, status: 200 },
  { who: 'admin', url: (p) => `/en/admin/audit?page=${p}`, status: 404 },
  { who: 'admin', url: (p) => `/en/admin/users?tab=${p}`, status: 200 },
  { who: 'admin', url: (p) => `/en/admin/glossary?q=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/en/resources?type=${p}&country=${p}&year=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/ru/resources?type=${p}&country=${p}&year=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/en/resources?page=${p}`, status: 404 },
  { who: 'editor', url: (p) => `/en/admin/documents?q=${p}&type=${p}&country=${p}&year=${p}&page=${p}&deleted=${p}`, status: 200 },
  { who: 'editor', url: (p) => `/ru/admin/documents?type=${p}&country=${p}&year=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/en/search?q=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/ru/news?kind=${p}&country=${p}&topic=${p}&year=${p}`, status: 200 },
  { who: 'anonymous', url: (p) => `/ru/search?q=${p}&page=${p}`, status: 404 },
];

for (const { who, url, status } of QUERY_PAGES) {
  const pattern = url('PAYLOAD', 1);
  test(`query string: ${pattern} as ${who}`, async ({ browser }) => {
    const storyId = await withE2eDatabase((db) => (db.prepare('select min(id) as id from entries').get() as { id: number }).id);
    const g = await open(browser, who);
    for (const payload of PARAM_PAYLOADS) {
      const target = url(encodeURIComponent(payload), storyId);
      const response = await g.page.goto(target);
      expect([status].flat(), target).toContain(response?.status());
      await expectInert(g, target);
    }
  });
}

test('a hostile callbackUrl never decides where signing in leads', async ({ browser }) => {
  test.slow();
  for (const callbackUrl of ['javascript:alert(1)', '/en/admin"><script>alert(1)</script>', '//evil.example.org', '/en/admin/../../\\evil.example.org']) {
    const g = await guardedPage(await browser.newContext());
    await visit(g, `/en/admin/sign-in?callbackUrl=${encodeURIComponent(callbackUrl)}`);
    await g.page.getByLabel('E-mail').fill('editor@example.org');
    await g.page.getByLabel('Password').fill('correct-horse-battery-staple');
    await g.page.getByRole('button', { name: 'Sign in' }).click();
    await expect(g.page).toHaveURL(/\/en\/admin$/);
    await expectInert(g, `after signing in with callbackUrl ${callbackUrl}`);
    await g.page.context().close();
  }
});
