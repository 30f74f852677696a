import AxeBuilder from '@axe-core/playwright';
import { and, eq } from 'drizzle-orm';
import { expect, test, type Browser, type Page } from '@playwright/test';
import { insertStoryWithTranslations, type TranslationDraft } from '../db/mutations/stories';
import { countryDetails, entryTranslations, translationPublications, type CountryDetails, type Membership } from '../db/schema';
import { insertE2eEntry, withE2eDrizzle } from './db';
import { refreshAllPages } from './internal';
import { contextFor } from './sessions';

/**
 * Two country pages no other test uses: Mongolia with a mission of the office, in both
 * languages; Sri Lanka, an observer of the process (for this test), in English only. A demo seed may already
 * hold either: each is looked up by its code and created only when missing, and the tests
 * expect what the database holds.
 */
const MISSION_CODE = 'MN';
const OTHER_CODE = 'LK';

type LiveCopy = { title: string; slug: string; summary: string; fields: Record<string, string> };
type Country = { id: number; details: CountryDetails; en?: LiveCopy; ru?: LiveCopy };

const doc = (text: string) => ({ type: 'doc' as const, content: [{ type: 'paragraph', attrs: { id: 'p1' }, content: [{ type: 'text', text }] }] });
const published = (locale: 'en' | 'ru', title: string, slug: string, summary: string, text: string, fields: Record<string, string> = {}): TranslationDraft => ({
  locale,
  title,
  slug,
  summary,
  body: doc(text),
  fields,
  status: 'published',
  publishedAt: new Date(Date.now() - 60_000),
});

/** The country of this code as stored, created first (in one write transaction, so parallel workers create it once) when missing. */
function ensureCountry(code: string, membership: Membership | null, hasMission: boolean, translations: TranslationDraft[]): Promise<Country> {
  return withE2eDrizzle((db) =>
    db.transaction(
      (tx) => {
        let row = tx.select().from(countryDetails).where(eq(countryDetails.countryCode, code)).get();
        if (!row) {
          const email = hasMission ? `mission-${code.toLowerCase()}@example.org` : '';
          const phone = hasMission ? '+976 (11) 31-29-64' : '';
          const { storyId } = insertStoryWithTranslations(tx, {
            type: 'country',
            details: { country: { countryCode: code, membership, hasMission, email, phone } },
            kind: 'story',
            sourceLocale: 'en',
            topics: [],
            countries: [],
            authorId: null,
            translations,
          });
          row = tx.select().from(countryDetails).where(eq(countryDetails.entryId, storyId)).get()!;
        }
        const copies = tx.select().from(translationPublications).where(eq(translationPublications.entryId, row.entryId)).all();
        const copy = (l: 'en' | 'ru') => {
          const c = copies.find((p) => p.locale === l && p.publishedAt <= new Date());
          return c ? { title: c.title, slug: c.slug, summary: c.summary, fields: c.fields } : undefined;
        };
        return { id: row.entryId, details: row, en: copy('en'), ru: copy('ru') };
      },
      { behavior: 'immediate' },
    ),
  );
}

const mission = () =>
  ensureCountry(MISSION_CODE, 'invited', true, [
    published('en', 'Mongolia', 'mongolia-e2e', 'A neighbour of Central Asia on the steppe.', 'The office works with the government on asylum.', {
      missionName: 'Office mission in Ulaanbaatar',
      missionAddress: 'UN House, United Nations Street 14\nUlaanbaatar 14201',
    }),
    published('ru', 'Монголия', 'mongoliya-e2e', 'Сосед Центральной Азии в степи.', 'Офис работает с правительством по вопросам убежища.', {
      missionName: 'Представительство офиса в Улан-Баторе',
      missionAddress: 'Дом ООН, ул. Объединённых Наций, 14\nУлан-Батор 14201',
    }),
  ]);

const other = () => ensureCountry(OTHER_CODE, 'observer', false, [published('en', 'Sri Lanka', 'sri-lanka-e2e', 'An observer of the Almaty Process, for this test.', 'A profile written for the end-to-end tests.')]);

const MEMBERSHIP = {
  en: { member: 'Member state', observer: 'Observer', invited: 'Invited state' },
  ru: { member: 'Государство-член', observer: 'Наблюдатель', invited: 'Приглашённое государство' },
} as const;
const GROUP = { en: { centralAsia: 'Central Asia', other: 'The Almaty Process’s other members and observers' }, ru: { centralAsia: 'Центральная Азия', other: 'Другие участники и наблюдатели Алматинского процесса' } } as const;

/** The group a country belongs in on the list, by its details. */
function groupOf(details: CountryDetails): 'centralAsia' | 'other' | null {
  if (details.hasMission) return 'centralAsia';
  return details.membership ? 'other' : null;
}

async function reader(browser: Browser): Promise<Page> {
  return (await browser.newContext({ javaScriptEnabled: false })).newPage();
}

async function expectNoViolations(page: Page) {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  expect(results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`)).toEqual([]);
}

test.beforeAll(async ({ browser }) => {
  await mission();
  await other();
  // Written behind the app's back: cached lists and pages are rendered afresh.
  await refreshAllPages(browser);
});

test('the countries list groups the countries, with membership in words, in English and Russian, without JavaScript', async ({ browser }) => {
  const [mn, lk] = [await mission(), await other()];
  const page = await reader(browser);
  for (const locale of ['en', 'ru'] as const) {
    await page.goto(`/${locale}`);
    await page.getByRole('navigation', { name: locale === 'en' ? 'Main' : 'Основная навигация' }).getByRole('link', { name: locale === 'en' ? 'Countries' : 'Страны' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/countries$`));
    await expect(page.getByRole('heading', { level: 1, name: locale === 'en' ? 'Countries' : 'Страны' })).toBeVisible();
    for (const country of [mn, lk]) {
      const group = groupOf(country.details);
      if (!group) continue;
      const section = page.getByRole('region', { name: GROUP[locale][group] });
      // The reader's language where the country has it, else its English name marked as English.
      const copy = country[locale] ?? country.en!;
      const item = section.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 3, name: copy.title }) });
      await expect(item).toHaveCount(1);
      const link = item.getByRole('link', { name: copy.title });
      await expect(link).toHaveAttribute('href', `/${country[locale] ? locale : 'en'}/countries/${copy.slug}`);
      if (country.details.membership) await expect(item).toContainText(MEMBERSHIP[locale][country.details.membership]);
      if (!country[locale]) {
        await expect(link).toHaveAttribute('lang', 'en');
        await expect(item).toContainText('только на английском');
      }
    }
  }
  // Sri Lanka as created here is in English only: the Russian list says so.
  if (!lk.ru) {
    await page.goto('/ru/countries');
    await expect(page.getByRole('link', { name: lk.en!.title })).toHaveAttribute('hreflang', 'en');
  }
});

test('a country page shows its membership, its mission’s contacts and a story published with its tag', async ({ browser }) => {
  test.slow();
  const mn = await mission();
  const stamp = `${Date.now()}${Math.random().toString(36).slice(2, 6)}`;
  const storyTitle = `Herders and refugees ${stamp}`;
  const storyId = await insertE2eEntry({
    countries: [MISSION_CODE],
    translations: [{ locale: 'en', title: storyTitle, slug: `herders-${stamp}`, summary: 'A story from the steppe.', body: doc('Text of the story.'), status: 'draft', publishedAt: null }],
  });

  const page = await reader(browser);
  await page.goto(`/en/countries/${mn.en!.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: mn.en!.title })).toBeVisible();
  if (mn.details.membership) await expect(page.getByRole('main')).toContainText(`In the Almaty Process: ${MEMBERSHIP.en[mn.details.membership]}`);
  if (mn.en!.summary) await expect(page.getByText(mn.en!.summary)).toBeVisible();
  // The draft story is not listed yet.
  await expect(page.getByRole('link', { name: storyTitle })).toHaveCount(0);

  // The mission: its name, address, e-mail to write to and number to call, where filled in.
  const block = page.getByRole('region', { name: 'Our mission' });
  if (mn.details.hasMission) {
    if (mn.en!.fields.missionName) await expect(block).toContainText(mn.en!.fields.missionName);
    if (mn.en!.fields.missionAddress) await expect(block.getByRole('definition').filter({ hasText: mn.en!.fields.missionAddress.split('\n')[0]! })).toBeVisible();
    if (mn.details.email) await expect(block.getByRole('link', { name: mn.details.email })).toHaveAttribute('href', `mailto:${mn.details.email}`);
    if (mn.details.phone) await expect(block.getByRole('link', { name: mn.details.phone })).toHaveAttribute('href', `tel:${mn.details.phone.trim().startsWith('+') ? '+' : ''}${mn.details.phone.replace(/\D/g, '')}`);
  } else {
    await expect(block).toHaveCount(0);
  }

  // An editor publishes the story tagged with the country: the country's page lists it at once.
  const editor = await (await contextFor(browser, 'editor')).newPage();
  await editor.goto(`/en/admin/stories/${storyId}`);
  await editor.getByRole('button', { name: 'Publish', exact: true }).click();
  await expect(editor.getByRole('status').filter({ hasText: 'Published.' })).toBeVisible();
  await page.goto(`/en/countries/${mn.en!.slug}`);
  const news = page.getByRole('region', { name: 'Latest news' });
  await expect(news.getByRole('heading', { level: 3, name: storyTitle })).toBeVisible();
  await expect(news.getByRole('link', { name: 'All news on this country' })).toHaveAttribute('href', `/en/news?country=${MISSION_CODE}`);
  await news.getByRole('link', { name: storyTitle }).click();
  await expect(page.getByRole('heading', { level: 1, name: storyTitle })).toBeVisible();

  // In Russian the story has no version: the Russian page of the country does not list it.
  if (mn.ru) {
    await page.goto(`/ru/countries/${mn.ru.slug}`);
    await expect(page.getByRole('heading', { level: 1, name: mn.ru.title })).toBeVisible();
    if (mn.details.membership) await expect(page.getByRole('main')).toContainText(`В Алматинском процессе: ${MEMBERSHIP.ru[mn.details.membership]}`);
    if (mn.details.hasMission && mn.ru.fields.missionName) await expect(page.getByRole('region', { name: 'Наше представительство' })).toContainText(mn.ru.fields.missionName);
    await expect(page.getByRole('link', { name: storyTitle })).toHaveCount(0);
    // The switcher leads to the English page, and an English slug in Russian to the Russian one.
    await page.getByRole('navigation', { name: 'Язык' }).getByRole('link', { name: 'English' }).click();
    await expect(page).toHaveURL(new RegExp(`/en/countries/${mn.en!.slug}$`));
    await page.goto(`/ru/countries/${mn.en!.slug}`);
    await expect(page).toHaveURL(new RegExp(`/ru/countries/${mn.ru.slug}$`));
  }
});

test('a country not yet in Russian says so on its Russian address and offers the English page', async ({ browser }) => {
  const lk = await other();
  test.skip(Boolean(lk.ru), 'the demo has this country in Russian');
  const page = await reader(browser);
  await page.goto(`/ru/countries/${lk.en!.slug}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Эта страница о стране пока не переведена на русский язык' })).toBeVisible();
  await expect(page.getByRole('link', { name: `Читать на английском: ${lk.en!.title}` })).toHaveAttribute('href', `/en/countries/${lk.en!.slug}`);
  await expect(page.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});

test('the contact page lists each mission with its address, e-mail and phone, in English and Russian', async ({ browser }) => {
  const mn = await mission();
  test.skip(!mn.details.hasMission, 'the demo has no mission in this country');
  const page = await reader(browser);
  for (const locale of ['en', 'ru'] as const) {
    await page.goto(`/${locale}`);
    await page.getByRole('contentinfo').getByRole('link', { name: locale === 'en' ? 'Contact' : 'Контакты' }).click();
    await expect(page).toHaveURL(new RegExp(`/${locale}/contact$`));
    await expect(page.getByRole('heading', { level: 1, name: locale === 'en' ? 'Contact us' : 'Контакты' })).toBeVisible();
    const copy = mn[locale] ?? mn.en!;
    const card = page.getByRole('region', { name: copy.fields.missionName || copy.title });
    await expect(card.getByRole('link', { name: copy.title })).toHaveAttribute('href', `/${mn[locale] ? locale : 'en'}/countries/${copy.slug}`);
    if (copy.fields.missionAddress) await expect(card).toContainText(copy.fields.missionAddress.split('\n')[0]!);
    if (mn.details.email) await expect(card.getByRole('link', { name: mn.details.email })).toHaveAttribute('href', `mailto:${mn.details.email}`);
    if (mn.details.phone) await expect(card.getByRole('link', { name: mn.details.phone })).toHaveAttribute('href', /^tel:\+?\d+$/);
  }
  // A country without a mission is not on the contact page.
  const lk = await other();
  if (!lk.details.hasMission) await expect(page.getByRole('link', { name: (lk.ru ?? lk.en)!.title })).toHaveCount(0);
});

test('the sitemap lists country pages in their live languages with their alternates, and the countries and contact pages', async ({ page, request, baseURL }) => {
  const [mn, lk] = [await mission(), await other()];
  const xml = await (await request.get('/sitemap.xml')).text();
  const entryFor = (path: string) => xml.split('<url>').find((entry) => entry.includes(`<loc>${baseURL}${path}</loc>`));
  for (const path of ['/en/countries', '/ru/countries', '/en/contact', '/ru/contact']) expect(entryFor(path), path).toBeDefined();
  for (const country of [mn, lk]) {
    for (const locale of ['en', 'ru'] as const) {
      const copy = country[locale];
      if (!copy) {
        expect(xml).not.toContain(`${baseURL}/ru/countries/${country.en!.slug}<`);
        continue;
      }
      const entry = entryFor(`/${locale}/countries/${copy.slug}`);
      expect(entry, copy.slug).toBeDefined();
      expect(entry).toContain(`hreflang="en" href="${baseURL}/en/countries/${country.en!.slug}"`);
      if (country.ru) expect(entry).toContain(`hreflang="ru" href="${baseURL}/ru/countries/${country.ru.slug}"`);
      else expect(entry).not.toContain('hreflang="ru"');
    }
  }
  // The country page names its live versions for search engines.
  await page.goto(`/en/countries/${mn.en!.slug}`);
  await expect(page.locator('link[rel="canonical"]')).toHaveAttribute('href', `${baseURL}/en/countries/${mn.en!.slug}`);
  if (mn.ru) await expect(page.locator('link[rel="alternate"][hreflang="ru"]')).toHaveAttribute('href', `${baseURL}/ru/countries/${mn.ru.slug}`);
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute('content', mn.en!.title);
});

test('axe finds no WCAG 2.1 AA violations on the countries list, a country page and the contact page, in both languages', async ({ page }) => {
  test.slow();
  const mn = await mission();
  const paths = ['/en/countries', '/ru/countries', `/en/countries/${mn.en!.slug}`, '/en/contact', '/ru/contact'];
  if (mn.ru) paths.push(`/ru/countries/${mn.ru.slug}`);
  for (const path of paths) {
    await page.goto(path);
    await expectNoViolations(page);
  }
});

test('on a 320 px phone the header, with its Countries link, wraps instead of scrolling sideways', async ({ browser }) => {
  const page = await (await browser.newContext({ viewport: { width: 320, height: 640 }, javaScriptEnabled: false })).newPage();
  for (const path of ['/ru/countries', '/en/contact']) {
    await page.goto(path);
    await expect(page.getByRole('navigation', { name: path.startsWith('/ru') ? 'Основная навигация' : 'Main' }).getByRole('link', { name: path.startsWith('/ru') ? 'Страны' : 'Countries' })).toBeVisible();
    expect(await page.evaluate(() => document.documentElement.scrollWidth), path).toBeLessThanOrEqual(320);
  }
});

test('staff preview a country page not yet published; visitors do not find it', async ({ browser }) => {
  const draft = await ensureCountry('BT', 'invited', false, [
    { locale: 'en', title: 'Bhutan', slug: 'bhutan-draft-e2e', summary: 'Not published yet.', body: doc('A draft profile.'), status: 'draft', publishedAt: null },
  ]);
  const slug = await withE2eDrizzle((db) => db.select({ slug: entryTranslations.slug }).from(entryTranslations).where(and(eq(entryTranslations.entryId, draft.id), eq(entryTranslations.locale, 'en'))).get()!.slug);
  const visitor = await reader(browser);
  const response = await visitor.goto(`/en/countries/${slug}`);
  expect(response?.status()).toBe(404);

  const editor = await (await contextFor(browser, 'editor')).newPage();
  await editor.goto(`/api/preview?story=${draft.id}&lang=en`);
  await expect(editor).toHaveURL(new RegExp(`/en/countries/${slug}$`));
  await expect(editor.getByRole('note', { name: 'Preview' })).toContainText('Preview — not what visitors see');
  await expect(editor.getByRole('heading', { level: 1, name: 'Bhutan' })).toBeVisible();
  await expect(editor.locator('meta[name="robots"]')).toHaveAttribute('content', /noindex/);
});
