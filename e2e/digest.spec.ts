import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { insertStoryWithTranslations } from '../db/mutations/stories';
import type { RichTextDoc } from '../db/schema';
import { escapeHtml } from '../lib/email-html';
import { withE2eDrizzle } from './db';
import { withE2eDatabase } from './fixtures';
import { refreshAllPages } from './internal';
import { BASE_URL, contextFor } from './sessions';

/**
 * The monthly digest in public: the archive, an issue's web view (story cards and short items in
 * order, print styles), its e-mail export, and the home page's latest issue. The issue is made in
 * the database for a month of 1998 no other test or demo issue has (one issue a month).
 */

type Version = { title: string; slug: string };
type Issue = { id: number; month: string; en: Version; ru: Version; story: { en: Version; ru: Version } };

const ENGLISH_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September'];
const RUSSIAN_MONTHS = ['январь', 'февраль', 'март', 'апрель', 'май', 'июнь', 'июль', 'август', 'сентябрь'];

const stamp = `${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
const text = {
  en: { intro: `This month in brief ${stamp}.`, heading: `Reintegration survey ${stamp}`, item: `Most returnees felt better about their lives ${stamp}.` },
  ru: { intro: `Коротко о месяце ${stamp}.`, heading: `Опрос о реинтеграции ${stamp}`, item: `Большинство вернувшихся стали жить лучше ${stamp}.` },
};

function body(locale: 'en' | 'ru', storyId: number): RichTextDoc {
  const t = text[locale];
  return {
    type: 'doc',
    content: [
      { type: 'paragraph', attrs: { id: 'dg-intro' }, content: [{ type: 'text', text: t.intro }] },
      { type: 'storyRef', attrs: { id: 'dg-story', entryId: storyId } },
      { type: 'heading', attrs: { id: 'dg-item', level: 2 }, content: [{ type: 'text', text: t.heading }] },
      { type: 'paragraph', attrs: { id: 'dg-item-text' }, content: [{ type: 'text', text: t.item }] },
    ],
  };
}

type StoryVersions = { id: number; en: Version; ru: Version };

async function liveStory(): Promise<StoryVersions> {
  // A story live in both languages, from the demo.
  return withE2eDatabase((db) => {
    const row = db
      .prepare("select entry_id as id from translation_publications where type = 'story' and published_at <= ? group by entry_id having count(distinct locale) = 2 order by entry_id limit 1")
      .get(Date.now()) as { id: number };
    const version = (locale: string) => db.prepare('select title, slug from translation_publications where entry_id = ? and locale = ?').get(row.id, locale) as Version;
    return { id: row.id, en: version('en'), ru: version('ru') };
  });
}

/**
 * A digest for a month of 1998 no issue has yet (months in a random order: the seed's issues are
 * newer, and another run may hold some), English live and Russian live, a draft or absent.
 */
async function createIssue(story: StoryVersions, russian: 'published' | 'draft' | 'none', tag: string): Promise<Issue> {
  const months = Array.from({ length: 9 }, (_, i) => i + 1).sort(() => Math.random() - 0.5);
  for (const n of months) {
    const month = `1998-0${n}`;
    const taken = await withE2eDatabase((db) => db.prepare('select 1 from digest_details where issue_month = ?').get(month));
    if (taken) continue;
    const en = { title: `Regional digest, ${ENGLISH_MONTHS[n - 1]} 1998 ${tag}${stamp}`, slug: `regional-digest-1998-${n}-${stamp}` };
    const ru = { title: `Региональный дайджест, ${RUSSIAN_MONTHS[n - 1]} 1998 ${tag}${stamp}`, slug: `regionalnyy-daydzhest-1998-${n}-${stamp}` };
    const publishedAt = new Date(Date.now() - 60_000);
    try {
      const { storyId: id } = await withE2eDrizzle((db) =>
        db.transaction((tx) =>
          insertStoryWithTranslations(tx, {
            type: 'digest',
            details: { digest: { issueMonth: month } },
            kind: 'story',
            sourceLocale: 'en',
            topics: [],
            countries: [],
            authorId: null,
            translations: [
              { locale: 'en', ...en, summary: `Returns, a survey and a meeting ${stamp}.`, body: body('en', story.id), status: 'published', publishedAt },
              ...(russian === 'none'
                ? []
                : [{ locale: 'ru' as const, ...ru, summary: `Возвращения, опрос и встреча ${stamp}.`, body: body('ru', story.id), status: russian, publishedAt: russian === 'published' ? publishedAt : null }]),
            ],
          }),
        ),
      );
      return { id, month, en, ru, story: { en: story.en, ru: story.ru } };
    } catch (error) {
      // Another run took the month between the look and the insert: try the next one.
      if (!String(error).includes('UNIQUE')) throw error;
    }
  }
  throw new Error('every month of 1998 has an issue: clear the e2e database');
}

const monthLabel = (issue: Issue, locale: 'en' | 'ru') => {
  const n = Number(issue.month.slice(5));
  return locale === 'en' ? `${ENGLISH_MONTHS[n - 1]} 1998` : `${RUSSIAN_MONTHS[n - 1]} 1998`;
};
const capitalised = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

/** The positions of each text in the page's main content, which must come in this order. */
async function expectInOrder(page: Page, texts: string[]) {
  const content = (await page.getByRole('main').textContent()) ?? '';
  const positions = texts.map((t) => content.indexOf(t));
  expect(positions.every((p) => p >= 0), `all of ${JSON.stringify(texts)} on the page`).toBe(true);
  expect([...positions].sort((a, b) => a - b)).toEqual(positions);
}

let issue: Issue;
/** An issue live in English whose Russian version is still a draft. */
let halfIssue: Issue;
test.describe.configure({ mode: 'serial' });
test.beforeAll(async ({ browser }) => {
  const story = await liveStory();
  issue = await createIssue(story, 'published', '');
  halfIssue = await createIssue(story, 'draft', 'half ');
  // The archive and home are cached pages: render them afresh with the new issue.
  await refreshAllPages(browser);
});

test('the archive lists the issue under its year, the newest year first, with its month written out and its title linked', async ({ page }) => {
  await page.goto('/en/digest');
  await expect(page.getByRole('heading', { level: 1, name: 'Monthly digest' })).toBeVisible();
  const years = await page.getByRole('main').getByRole('heading', { level: 2 }).allTextContents();
  expect(years).toContain('1998');
  expect([...years].sort().reverse()).toEqual(years);
  const year = page.getByRole('region', { name: '1998' });
  const item = year.getByRole('listitem').filter({ hasText: issue.en.title });
  await expect(item).toContainText(monthLabel(issue, 'en'));
  await expect(item).toContainText(`Returns, a survey and a meeting ${stamp}.`);
  await expect(item.getByRole('link', { name: issue.en.title })).toHaveAttribute('href', `/en/digest/${issue.en.slug}`);

  // In Russian: the month in the nominative, and the Russian title.
  await page.goto('/ru/digest');
  await expect(page.getByRole('heading', { level: 1, name: 'Ежемесячный дайджест' })).toBeVisible();
  const ruItem = page.getByRole('region', { name: '1998' }).getByRole('listitem').filter({ hasText: issue.ru.title });
  await expect(ruItem).toContainText(capitalised(monthLabel(issue, 'ru')));
  await expect(ruItem).not.toContainText('г.');
  await expect(ruItem.getByRole('link', { name: issue.ru.title })).toHaveAttribute('href', `/ru/digest/${issue.ru.slug}`);

  // And the sitemap has both languages of it.
  const sitemap = await (await page.request.get('/sitemap.xml')).text();
  expect(sitemap).toContain(`${BASE_URL}/en/digest/${issue.en.slug}`);
  expect(sitemap).toContain(`${BASE_URL}/ru/digest/${issue.ru.slug}`);
  expect(sitemap).toContain(`${BASE_URL}/ru/digest</loc>`);
});

test('the web view shows the issue’s items in order, the story as a card linking it; in Russian too', async ({ page }) => {
  await page.goto(`/en/digest/${issue.en.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: issue.en.title })).toBeVisible();
  await expect(page.getByText(`Monthly digest · ${monthLabel(issue, 'en')}`)).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: text.en.heading })).toBeVisible();
  await expectInOrder(page, [issue.en.title, text.en.intro, issue.story.en.title, text.en.heading, text.en.item]);
  const card = page.getByRole('main').getByRole('link', { name: issue.story.en.title, exact: true });
  await expect(card).toHaveAttribute('href', `/en/news/${issue.story.en.slug}`);
  // The page says which language versions it has.
  await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', `${BASE_URL}/ru/digest/${issue.ru.slug}`);
  await card.click();
  await expect(page.getByRole('heading', { level: 1, name: issue.story.en.title })).toBeVisible();

  await page.goto(`/ru/digest/${issue.ru.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: issue.ru.title })).toBeVisible();
  await expect(page.getByText(`Ежемесячный дайджест · ${monthLabel(issue, 'ru')}`)).toBeVisible();
  await expectInOrder(page, [issue.ru.title, text.ru.intro, issue.story.ru.title, text.ru.heading, text.ru.item]);
  await expect(page.getByRole('main').getByRole('link', { name: issue.story.ru.title, exact: true })).toHaveAttribute('href', `/ru/news/${issue.story.ru.slug}`);
  await expect(page.getByRole('link', { name: 'Все выпуски' })).toHaveAttribute('href', '/ru/digest');

  // The English address in the Russian site goes to the Russian issue.
  await page.goto(`/ru/digest/${issue.en.slug}`);
  await expect(page).toHaveURL(`${BASE_URL}/ru/digest/${issue.ru.slug}`);
});

test('an issue not yet live in Russian: the Russian page says so and offers the English one; staff preview the Russian draft', async ({ page, browser }) => {
  await page.goto(`/ru/digest/${halfIssue.en.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Этот выпуск пока не переведён на русский язык' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(halfIssue.en.title) })).toHaveAttribute('href', `/en/digest/${halfIssue.en.slug}`);
  expect((await page.request.get(`/ru/digest/${halfIssue.ru.slug}`)).status()).toBe(404);
  expect((await page.request.get(`/ru/digest/${halfIssue.ru.slug}/email.html`)).status()).toBe(404);

  const context = await contextFor(browser, 'editor');
  const editor = await context.newPage();
  try {
    // No e-mail HTML for a version that is not live.
    await editor.goto(`/ru/admin/digests/${halfIssue.id}?lang=ru`);
    await expect(editor.getByRole('link', { name: 'Предпросмотр' })).toBeVisible();
    await expect(editor.getByRole('link', { name: 'HTML для рассылки' })).toHaveCount(0);
    await editor.goto(`/api/preview?story=${halfIssue.id}&lang=ru`);
    await expect(editor).toHaveURL(`${BASE_URL}/ru/digest/${halfIssue.ru.slug}`);
    await expect(editor.getByRole('heading', { level: 1, name: halfIssue.ru.title })).toBeVisible();
    await expect(editor.getByRole('main').getByRole('link', { name: issue.story.ru.title, exact: true })).toBeVisible();
    await expect(editor.getByText(text.ru.item)).toBeVisible();
  } finally {
    await context.close();
  }
});

test('without JavaScript, a reader goes from the footer to the archive, to the issue, to the story', async ({ browser }) => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  try {
    await page.goto('/en');
    await page.getByRole('contentinfo').getByRole('link', { name: 'Digest', exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: 'Monthly digest' })).toBeVisible();
    await page.getByRole('link', { name: issue.en.title }).click();
    await expect(page.getByRole('heading', { level: 1, name: issue.en.title })).toBeVisible();
    await expect(page.getByText(text.en.item)).toBeVisible();
    await page.getByRole('main').getByRole('link', { name: issue.story.en.title, exact: true }).click();
    await expect(page.getByRole('heading', { level: 1, name: issue.story.en.title })).toBeVisible();
  } finally {
    await context.close();
  }
});

test('printed, the issue has no site header, footer or navigation, and its card is kept whole', async ({ page }) => {
  await page.goto(`/en/digest/${issue.en.slug}`);
  await expect(page.getByRole('banner')).toBeVisible();
  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('contentinfo')).toBeHidden();
  await expect(page.getByRole('navigation', { name: 'Main', exact: true })).toBeHidden();
  await expect(page.getByRole('link', { name: 'All issues' })).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: issue.en.title })).toBeVisible();
  const card = page.getByRole('main').getByRole('link', { name: issue.story.en.title, exact: true });
  await expect(card).toBeVisible();
  const printed = await card.evaluate((a) => {
    const box = a.closest('div')!;
    return { breakInside: getComputedStyle(box).breakInside, color: getComputedStyle(a).color, background: getComputedStyle(document.body).backgroundColor };
  });
  expect(printed).toEqual({ breakInside: 'avoid', color: 'rgb(0, 0, 0)', background: 'rgb(255, 255, 255)' });
  // A story prints the same way.
  await page.goto(`/en/news/${issue.story.en.slug}`);
  await expect(page.getByRole('banner')).toBeHidden();
  await expect(page.getByRole('heading', { level: 1, name: issue.story.en.title })).toBeVisible();
});

test('the e-mail export is one standalone HTML document in the issue’s language, every link absolute, with the story in it', async ({ request }) => {
  const response = await request.get(`/en/digest/${issue.en.slug}/email.html`);
  expect(response.status()).toBe(200);
  expect(response.headers()['content-type']).toBe('text/html; charset=utf-8');
  const html = await response.text();
  expect(html.startsWith('<!DOCTYPE html>\n<html lang="en"')).toBe(true);
  expect(html).toContain(escapeHtml(issue.en.title));
  expect(html).toContain(escapeHtml(issue.story.en.title));
  expect(html).toContain(`href="${BASE_URL}/en/news/${escapeHtml(issue.story.en.slug)}"`);
  expect(html).toContain(`href="${BASE_URL}/en/digest/${escapeHtml(issue.en.slug)}"`);
  expect(html).toContain(`Monthly digest · ${monthLabel(issue, 'en')}`);
  expect(html).toContain(escapeHtml(text.en.heading));
  const addresses = [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);
  expect(addresses.length).toBeGreaterThan(2);
  expect(addresses.filter((a) => !/^(https?:\/\/|mailto:)/.test(a))).toEqual([]);
  expect(html).not.toMatch(/<script|<style|\sclass=/i);
  expect(html.indexOf(escapeHtml(text.en.intro))).toBeLessThan(html.indexOf(escapeHtml(issue.story.en.title)));
  expect(html.indexOf(escapeHtml(issue.story.en.title))).toBeLessThan(html.indexOf(escapeHtml(text.en.heading)));

  const ru = await request.get(`/ru/digest/${issue.ru.slug}/email.html`);
  const ruHtml = await ru.text();
  expect(ruHtml.startsWith('<!DOCTYPE html>\n<html lang="ru"')).toBe(true);
  expect(ruHtml).toContain(escapeHtml(issue.story.ru.title));
  expect(ruHtml).toContain('Открыть в браузере');
  expect(ruHtml).toContain(`Ежемесячный дайджест · ${monthLabel(issue, 'ru')}`);
});

test('an editor finds the e-mail HTML beside the live issue in the admin', async ({ browser }) => {
  const context = await contextFor(browser, 'editor');
  const page = await context.newPage();
  try {
    await page.goto(`/en/admin/digests/${issue.id}`);
    await expect(page.getByRole('link', { name: 'View on the site' })).toHaveAttribute('href', `/en/digest/${issue.en.slug}`);
    await expect(page.getByRole('link', { name: 'E-mail-ready HTML' })).toHaveAttribute('href', `/en/digest/${issue.en.slug}/email.html`);
    await page.goto(`/ru/admin/digests/${issue.id}?lang=ru`);
    await expect(page.getByRole('link', { name: 'HTML для рассылки' })).toHaveAttribute('href', `/ru/digest/${issue.ru.slug}/email.html`);
  } finally {
    await context.close();
  }
});

test('home shows the latest issue of each language in its own column, with the way to the archive', async ({ page }) => {
  const latest = await withE2eDatabase((db) =>
    (['en', 'ru'] as const).map(
      (locale) =>
        db
          .prepare("select p.title, p.slug from translation_publications p join digest_details d on d.entry_id = p.entry_id where p.type = 'digest' and p.locale = ? and p.published_at <= ? order by d.issue_month desc limit 1")
          .get(locale, Date.now()) as Version,
    ),
  );
  await page.goto('/en');
  const section = page.getByRole('region', { name: 'Latest digest' });
  await expect(section.getByRole('link', { name: latest[0]!.title })).toHaveAttribute('href', `/en/digest/${latest[0]!.slug}`);
  await expect(section.getByRole('link', { name: /All issues of the digest/ })).toHaveAttribute('href', '/en/digest');
  await page.goto('/ru');
  const ru = page.getByRole('region', { name: 'Свежий выпуск дайджеста' });
  await expect(ru.getByRole('link', { name: latest[1]!.title })).toHaveAttribute('href', `/ru/digest/${latest[1]!.slug}`);
  await expect(ru.getByRole('link', { name: /Все выпуски дайджеста/ })).toHaveAttribute('href', '/ru/digest');
});

test.describe('axe finds no WCAG 2.1 AA violations', () => {
  test('on the archive and an issue, in both languages', async ({ page }) => {
    for (const path of ['/en/digest', '/ru/digest', `/en/digest/${issue.en.slug}`, `/ru/digest/${issue.ru.slug}`]) {
      await page.goto(path);
      await expect(page.getByRole('heading', { level: 1 })).toBeVisible();
      await test.step(path, () => expectNoViolations(page));
    }
  });
});
