import { readdirSync } from 'node:fs';
import path from 'node:path';
import { expect, test, type APIRequestContext } from '@playwright/test';
import { insertStoryWithTranslations } from '../db/mutations/stories';
import { insertE2eEntry, withE2eDrizzle } from './db';
import { englishOnlyStory, withE2eDatabase } from './fixtures';
import { apiFor, BASE_URL as BASE, contextFor, type Role, type Who } from './sessions';

/**
 * Every admin page and every route handler on disk × anonymous / translator / editor / admin.
 * The routes are read from the file system, so a new page or handler fails the first test until
 * it has an entry in the tables below saying who may use it.
 */

const WHO: readonly Who[] = ['anonymous', 'translator', 'editor', 'admin'];
const STAFF: readonly Role[] = ['admin', 'editor', 'translator'];

// ---------------------------------------------------------------------------------------------
// What is on disk

function filesUnder(dir: string, name: string): string[] {
  return (readdirSync(dir, { recursive: true }) as string[])
    .map((f) => f.split(path.sep).join('/'))
    .filter((f) => f === name || f.endsWith(`/${name}`))
    .map((f) => f.slice(0, -name.length).replace(/\/$/, ''));
}

/** `app/[locale]/admin/stories/[id]/page.tsx` → `/admin/stories/[id]`. */
const ADMIN_PAGES_ON_DISK = filesUnder(path.join('app', '[locale]', 'admin'), 'page.tsx').map((f) => (f ? `/admin/${f}` : '/admin'));
/** `app/api/media/route.ts` → `/api/media`; every route handler of the app, not only under api/. */
const HANDLERS_ON_DISK = filesUnder('app', 'route.ts').map((f) => `/${f.replace(/\([^)]+\)\//g, '')}`);

// ---------------------------------------------------------------------------------------------
// Samples from the seeded demo (and one unpublished story of this file's own)

type Samples = {
  storyId: number;
  storyTitle: string;
  draftId: number;
  draftTitle: string;
  pageDraftId: number;
  pageDraftTitle: string;
  /** An unpublished draft of each other type, by type. */
  drafts: Record<'event' | 'country' | 'digest', { id: number; title: string }>;
  mediaId: number;
  mediaName: string;
  variantPath: string;
  documentId: number;
  documentTitle: string;
  documentLocale: string;
};

let samples: Samples | undefined;
async function getSamples(): Promise<Samples> {
  if (samples) return samples;
  const story = await withE2eDatabase(
    (db) =>
      db
        .prepare("select s.id, t.title from entries s join entry_translations t on t.entry_id = s.id and t.locale = 'en' where t.title = ?")
        .get(englishOnlyStory.en!.title) as { id: number; title: string },
  );
  const media = await withE2eDatabase(
    (db) => db.prepare('select id, original_name as name, sha256, variants from media order by id limit 1').get() as { id: number; name: string; sha256: string; variants: string },
  );
  const draftTitle = `Unpublished draft for the authorization matrix ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const draftId = await insertE2eEntry({ translations: [{ locale: 'en', title: draftTitle, summary: '', body: { type: 'doc', content: [] }, status: 'draft', publishedAt: null }] });
  const pageDraftTitle = `Unpublished page for the authorization matrix ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
  const pageDraftId = await insertE2eEntry({
    type: 'page',
    details: { page: { section: 'almaty-process', parentId: null, position: 99 } },
    translations: [{ locale: 'en', title: pageDraftTitle, summary: '', body: { type: 'doc', content: [] }, status: 'draft', publishedAt: null }],
  });
  const drafts = {} as Samples['drafts'];
  // Details no demo entry has: a country page for Russia, a digest for a month long past.
  const details = { event: { event: { startsAt: '2030-01-15T04:00:00.000Z', endsAt: null, allDay: false, countryCode: null, almatyProcess: false } }, country: { country: { countryCode: 'RU', membership: null, hasMission: false, email: '', phone: '' } }, digest: { digest: { issueMonth: '1999-01' } } } as const;
  for (const type of ['event', 'country', 'digest'] as const) {
    const title = `Unpublished ${type} for the authorization matrix ${Date.now()}-${Math.random().toString(36).slice(2, 7)}`;
    const existing = await withE2eDatabase((db) => db.prepare(`select entry_id as id from ${type}_details where ${type === 'country' ? "country_code = 'RU'" : type === 'digest' ? "issue_month = '1999-01'" : '0'}`).get() as { id: number } | undefined);
    const id = existing
      ? existing.id
      : (
          await withE2eDrizzle((db) =>
            db.transaction((tx) =>
              insertStoryWithTranslations(tx, {
                type,
                details: details[type],
                kind: 'story',
                sourceLocale: 'en',
                topics: [],
                countries: [],
                authorId: null,
                translations: [{ locale: 'en', title, summary: '', body: { type: 'doc', content: [] }, status: 'draft', publishedAt: null }],
              }),
            ),
          )
        ).storyId;
    const current = await withE2eDatabase((db) => db.prepare("select title from entry_translations where entry_id = ? and locale = 'en'").get(id) as { title: string });
    drafts[type] = { id, title: current.title };
  }
  const doc = await withE2eDatabase(
    (db) =>
      db
        .prepare("select d.document_id as id, d.locale, e.title from document_translations d join document_translations e on e.document_id = d.document_id and e.locale = 'en' where d.file_sha256 is not null order by d.document_id limit 1")
        .get() as { id: number; locale: string; title: string },
  );
  const width = (JSON.parse(media.variants) as { width: number }[])[0]!.width;
  samples = {
    storyId: story.id,
    storyTitle: story.title,
    draftId,
    draftTitle,
    pageDraftId,
    pageDraftTitle,
    drafts,
    mediaId: media.id,
    mediaName: media.name,
    variantPath: `/media/images/${media.sha256}/${width}.webp`,
    documentId: doc.id,
    documentTitle: doc.title,
    documentLocale: doc.locale,
  };
  return samples;
}

// ---------------------------------------------------------------------------------------------
// The expectations

type PageRule = {
  url: (s: Samples) => string;
  /** Who gets the page: 200 and its heading. Other signed-in roles get the 404 page; anonymous visitors the sign-in page. */
  allowed: readonly Role[] | 'public';
  heading: (s: Samples) => string;
  /** For a page meant for the signed-out: where a signed-in person lands instead. */
  signedIn?: { url: RegExp; heading: string };
  /** Text only someone allowed may see: it must be in no refusal (not even a redirect's <title>). */
  secret?: (s: Samples) => string;
};

const ADMIN_PAGES: Record<string, PageRule> = {
  '/admin': { url: () => '/en/admin', allowed: STAFF, heading: () => 'Dashboard' },
  '/admin/audit': { url: () => '/en/admin/audit', allowed: ['admin'], heading: () => 'Audit log' },
  '/admin/glossary': { url: () => '/en/admin/glossary', allowed: STAFF, heading: () => 'Glossary' },
  '/admin/media': { url: () => '/en/admin/media', allowed: ['admin', 'editor'], heading: () => 'Media library' },
  '/admin/media/[id]': {
    url: (s) => `/en/admin/media/${s.mediaId}`,
    allowed: ['admin', 'editor'],
    heading: (s) => `Edit image: ${s.mediaName}`,
    secret: (s) => s.mediaName,
  },
  '/admin/set-password/[token]': { url: () => '/en/admin/set-password/not-a-token-anyone-was-given', allowed: 'public', heading: () => 'This link no longer works' },
  '/admin/sign-in': {
    url: () => '/en/admin/sign-in',
    allowed: 'public',
    heading: () => 'Sign in to the newsroom',
    signedIn: { url: /\/en\/admin$/, heading: 'Dashboard' },
  },
  '/admin/stories': { url: () => '/en/admin/stories', allowed: STAFF, heading: () => 'Stories' },
  '/admin/stories/[id]': { url: (s) => `/en/admin/stories/${s.draftId}`, allowed: STAFF, heading: (s) => s.draftTitle, secret: (s) => s.draftTitle },
  '/admin/stories/[id]/revisions': {
    url: (s) => `/en/admin/stories/${s.draftId}/revisions`,
    allowed: STAFF,
    heading: () => 'Revisions of the English version',
    secret: (s) => s.draftTitle,
  },
  '/admin/stories/new': { url: () => '/en/admin/stories/new', allowed: ['admin', 'editor'], heading: () => 'New story' },
  '/admin/translations': { url: () => '/en/admin/translations', allowed: STAFF, heading: () => 'Translation queue' },
  '/admin/translations/[storyId]/[targetLocale]': {
    url: (s) => `/en/admin/translations/${s.draftId}/ru`,
    allowed: STAFF,
    heading: () => 'Translation: English → Russian',
    secret: (s) => s.draftTitle,
  },
  '/admin/users': { url: () => '/en/admin/users', allowed: ['admin'], heading: () => 'Users' },
  '/admin/documents': { url: () => '/en/admin/documents', allowed: ['admin', 'editor'], heading: () => 'Documents' },
  '/admin/documents/new': { url: () => '/en/admin/documents/new', allowed: ['admin', 'editor'], heading: () => 'New document' },
  '/admin/documents/[id]': {
    url: (s) => `/en/admin/documents/${s.documentId}`,
    allowed: ['admin', 'editor'],
    heading: (s) => `Edit document: ${s.documentTitle}`,
  },
  '/admin/settings': { url: () => '/en/admin/settings', allowed: ['admin'], heading: () => 'Site settings' },
  '/admin/events': { url: () => '/en/admin/events', allowed: STAFF, heading: () => 'Events' },
  '/admin/events/[id]': { url: (s) => `/en/admin/events/${s.drafts.event.id}`, allowed: STAFF, heading: (s) => s.drafts.event.title, secret: (s) => s.drafts.event.title },
  '/admin/events/[id]/revisions': {
    url: (s) => `/en/admin/events/${s.drafts.event.id}/revisions`,
    allowed: STAFF,
    heading: () => 'Revisions of the English version',
    secret: (s) => s.drafts.event.title,
  },
  '/admin/countries': { url: () => '/en/admin/countries', allowed: STAFF, heading: () => 'Countries' },
  '/admin/countries/[id]': { url: (s) => `/en/admin/countries/${s.drafts.country.id}`, allowed: STAFF, heading: (s) => s.drafts.country.title, secret: (s) => s.drafts.country.title },
  '/admin/countries/[id]/revisions': {
    url: (s) => `/en/admin/countries/${s.drafts.country.id}/revisions`,
    allowed: STAFF,
    heading: () => 'Revisions of the English version',
    secret: (s) => s.drafts.country.title,
  },
  '/admin/digests': { url: () => '/en/admin/digests', allowed: STAFF, heading: () => 'Digests' },
  '/admin/digests/[id]': { url: (s) => `/en/admin/digests/${s.drafts.digest.id}`, allowed: STAFF, heading: (s) => s.drafts.digest.title, secret: (s) => s.drafts.digest.title },
  '/admin/digests/[id]/revisions': {
    url: (s) => `/en/admin/digests/${s.drafts.digest.id}/revisions`,
    allowed: STAFF,
    heading: () => 'Revisions of the English version',
    secret: (s) => s.drafts.digest.title,
  },
  '/admin/pages': { url: () => '/en/admin/pages', allowed: STAFF, heading: () => 'Pages' },
  '/admin/pages/[id]': { url: (s) => `/en/admin/pages/${s.pageDraftId}`, allowed: STAFF, heading: (s) => s.pageDraftTitle, secret: (s) => s.pageDraftTitle },
  '/admin/pages/[id]/revisions': {
    url: (s) => `/en/admin/pages/${s.pageDraftId}/revisions`,
    allowed: STAFF,
    heading: () => 'Revisions of the English version',
    secret: (s) => s.pageDraftTitle,
  },
};

type HandlerCheck = (api: APIRequestContext, who: Who, s: Samples) => Promise<void>;

const HANDLERS: Record<string, { rule: string; check: HandlerCheck }> = {
  '/api/auth/[...nextauth]': {
    rule: "next-auth's endpoints: the session says who is signed in; a credentials post without the CSRF token signs nobody in",
    async check(api, who) {
      const session = await api.get('/api/auth/session');
      expect(session.status()).toBe(200);
      const body = (await session.json()) as { user?: { role?: string } } | null;
      if (who === 'anonymous') expect(body).toBeNull();
      else expect(body?.user?.role).toBe(who);
      const forged = await api.post('/api/auth/callback/credentials', {
        form: { email: 'admin@example.org', password: 'correct-horse-battery-staple' },
        maxRedirects: 0,
      });
      expect(forged.status()).toBeLessThan(500);
      expect(forged.headersArray().filter((h) => h.name.toLowerCase() === 'set-cookie' && /session-token=[^;]/.test(h.value))).toEqual([]);
    },
  },
  '/api/media': {
    rule: 'uploads: editors and admins only, refused (403) before the body is read; the picker list: staff only',
    async check(api, who) {
      // GET lists the library for the image picker: staff only.
      expect((await api.get('/api/media?q=a')).status()).toBe(who === 'anonymous' ? 403 : 200);
      const response = await api.post('/api/media', { multipart: { note: 'no file here' } });
      if (who === 'editor' || who === 'admin') {
        // Past the role check, stopped by validation: nothing stored.
        expect(response.status()).toBe(400);
        expect(await response.json()).toEqual({ ok: false, error: 'Errors.invalidInput' });
      } else {
        expect(response.status()).toBe(403);
        expect(await response.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
      }
    },
  },
  '/api/documents': {
    rule: 'new documents: editors and admins only, refused (403) before the body is read; the picker list: staff only',
    async check(api, who) {
      // GET lists the library for the story editor's document picker: staff only.
      const list = await api.get('/api/documents?q=a&lang=ru');
      expect(list.status()).toBe(who === 'anonymous' ? 403 : 200);
      if (who === 'anonymous') expect(await list.json()).toEqual({ ok: false, error: 'Errors.forbidden' });
      else expect(((await list.json()) as { ok: boolean; items: unknown[] }).ok).toBe(true);
      expect((await api.get('/api/documents?lang=xx')).status()).toBe(who === 'anonymous' ? 403 : 400);
      const response = await api.post('/api/documents', { multipart: { note: 'no file here' } });
      const answer = (await response.json()) as { ok: boolean; error: string };
      expect(answer.ok).toBe(false);
      if (who === 'editor' || who === 'admin') {
        // Past the role check, stopped by validation: nothing stored.
        expect(response.status()).toBeGreaterThanOrEqual(400);
        expect(response.status()).toBeLessThan(500);
        expect(answer.error).not.toBe('Errors.forbidden');
      } else {
        expect(response.status()).toBe(403);
        expect(answer.error).toBe('Errors.forbidden');
      }
    },
  },
  '/api/stories': {
    rule: "the story editor's story picker and its references' names: staff only (drafts' titles), nothing changes",
    async check(api, who, s) {
      const list = await api.get(`/api/stories?q=${encodeURIComponent('Unpublished draft for the authorization matrix')}`);
      expect(list.status()).toBe(who === 'anonymous' ? 403 : 200);
      const text = await list.text();
      if (who === 'anonymous') {
        expect(JSON.parse(text)).toEqual({ ok: false, error: 'Errors.forbidden' });
        expect(text).not.toContain(s.draftTitle);
      } else expect(text).toContain(s.draftTitle);
      const named = await api.get(`/api/stories?ids=${s.draftId},${s.storyId}`);
      expect(named.status()).toBe(who === 'anonymous' ? 403 : 200);
      if (who !== 'anonymous') expect(((await named.json()) as { items: { id: number }[] }).items.map((i) => i.id)).toEqual([s.draftId, s.storyId]);
      else expect(await named.text()).not.toContain(s.draftTitle);
      expect((await api.get('/api/stories?ids=1;drop')).status()).toBe(who === 'anonymous' ? 403 : 400);
    },
  },
  '/api/documents/[id]/files/[locale]': {
    rule: "a language's file of a document: editors and admins only, refused (403) before the body is read",
    async check(api, who, s) {
      const response = await api.post(`/api/documents/${s.documentId}/files/ru`, { multipart: { note: 'no file here' } });
      const answer = (await response.json()) as { ok: boolean; error: string };
      expect(answer.ok).toBe(false);
      if (who === 'editor' || who === 'admin') {
        expect(response.status()).toBeGreaterThanOrEqual(400);
        expect(response.status()).not.toBe(403);
      } else {
        expect(response.status()).toBe(403);
        expect(answer.error).toBe('Errors.forbidden');
      }
    },
  },
  '/documents/[...path]': {
    rule: "documents' PDFs: public, as attachments; only files a document points at",
    async check(api, _who, s) {
      const file = await api.get(`/documents/${s.documentId}/${s.documentLocale}.pdf`);
      expect(file.status()).toBe(200);
      expect(file.headers()['content-type']).toBe('application/pdf');
      expect(file.headers()['content-disposition']).toMatch(/^attachment;/);
      expect(file.headers()['x-content-type-options']).toBe('nosniff');
      expect((await api.get('/documents/999999/en.pdf')).status()).toBe(404);
      expect((await api.get('/documents/../newsroom.db')).status()).toBe(404);
    },
  },
  '/api/preview': {
    rule: 'draft preview: staff only; anonymous visitors are sent to sign in and get no draft-mode cookie',
    async check(api, who, s) {
      const response = await api.get(`/api/preview?story=${s.draftId}&lang=en`, { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      const bypass = response.headersArray().some((h) => h.name.toLowerCase() === 'set-cookie' && h.value.startsWith('__prerender_bypass='));
      if (who === 'anonymous') {
        expect(response.headers().location).toContain(`/en/admin/sign-in?callbackUrl=${encodeURIComponent(`/en/admin/stories/${s.draftId}`)}`);
        expect(bypass).toBe(false);
      } else {
        expect(response.headers().location).toMatch(/\/en\/news\/unpublished-draft-for-the-authorization-matrix-/);
        expect(bypass).toBe(true);
      }
    },
  },
  '/api/preview/exit': {
    rule: 'leaving the preview: anyone; it only ever redirects within the admin',
    async check(api) {
      const response = await api.get('/api/preview/exit?lang=en&to=https%3A%2F%2Fevil.example.org%2F', { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      expect(response.headers().location).toMatch(/^(http:\/\/localhost:\d+)?\/en\/admin$/);
    },
  },
  '/api/admin-entry/[[...path]]': {
    rule: '`/admin/…` without a language: anyone; it only ever redirects to an admin path of this site',
    async check(api, who) {
      const response = await api.get('/api/admin-entry/stories?status=draft', { maxRedirects: 0 });
      expect(response.status()).toBe(307);
      // Signed-in staff go to their saved language (the demo translator's is Russian).
      const locale = who === 'translator' ? 'ru' : 'en';
      expect(response.headers().location).toMatch(new RegExp(`^(http://localhost:\\d+)?/${locale}/admin/stories\\?status=draft$`));
      const odd = await api.get('/api/admin-entry/%2F%2Fevil.example.org', { maxRedirects: 0 });
      expect(odd.headers().location).toMatch(new RegExp(`^(http://localhost:\\d+)?/${locale}/admin$`));
    },
  },
  '/api/internal/revalidate': {
    rule: "the server's own page refresh: nobody without the internal token, whatever their role (it answers as if it did not exist)",
    async check(api) {
      for (const headers of [{}, { 'x-newsroom-internal': 'guess' }, { 'x-newsroom-internal': '' }] as Record<string, string>[]) {
        const response = await api.post('/api/internal/revalidate', { headers, data: { all: true } });
        expect(response.status()).toBe(404);
      }
    },
  },
  '/[locale]/digest/[slug]/email.html': {
    rule: "a live digest issue as e-mail-ready HTML: public, as the issue's page is; a draft issue has none, whoever asks",
    async check(api, _who, s) {
      const slugs = await withE2eDatabase((db) => ({
        live: (db.prepare("select slug from translation_publications where type = 'digest' and locale = 'en' and published_at <= ? order by entry_id limit 1").get(Date.now()) as { slug: string }).slug,
        draft: (db.prepare("select slug from entry_translations where entry_id = ? and locale = 'en'").get(s.drafts.digest.id) as { slug: string }).slug,
      }));
      const html = await api.get(`/en/digest/${slugs.live}/email.html`);
      expect(html.status()).toBe(200);
      expect(html.headers()['content-type']).toBe('text/html; charset=utf-8');
      expect(await html.text()).toMatch(/^<!DOCTYPE html>\n<html lang="en"/);
      const draft = await api.get(`/en/digest/${slugs.draft}/email.html`);
      expect(draft.status()).toBe(404);
      expect(await draft.text()).not.toContain(s.drafts.digest.title);
      expect((await api.get(`/de/digest/${slugs.live}/email.html`)).status()).toBe(404);
    },
  },
  '/[locale]/feed.xml': {
    rule: "each language's RSS feed: public, and nothing unpublished in it",
    async check(api, _who, s) {
      const feed = await api.get('/en/feed.xml');
      expect(feed.status()).toBe(200);
      expect(await feed.text()).not.toContain(s.draftTitle);
      expect((await api.get('/de/feed.xml')).status()).toBe(404);
    },
  },
  '/[locale]/events/[slug]/calendar.ics': {
    rule: "a live event's calendar file: public; a draft event has none",
    async check(api, _who, s) {
      const slug = await withE2eDatabase(
        (db) =>
          (db.prepare("select p.slug from translation_publications p where p.type = 'event' and p.locale = 'en' and p.published_at <= ? order by p.entry_id limit 1").get(Date.now()) as { slug: string }).slug,
      );
      const ics = await api.get(`/en/events/${slug}/calendar.ics`);
      expect(ics.status()).toBe(200);
      expect(ics.headers()['content-type']).toBe('text/calendar; charset=utf-8');
      expect(await ics.text()).toContain('BEGIN:VEVENT');
      const draft = await withE2eDatabase((db) => (db.prepare("select slug from entry_translations where entry_id = ? and locale = 'en'").get(s.drafts.event.id) as { slug: string }).slug);
      expect((await api.get(`/en/events/${draft}/calendar.ics`)).status()).toBe(404);
    },
  },
  '/media/[...path]': {
    rule: 'image variants: public (they are on public pages); nothing else under the uploads folder',
    async check(api, _who, s) {
      const image = await api.get(s.variantPath);
      expect(image.status()).toBe(200);
      expect(image.headers()['content-type']).toBe('image/webp');
      expect(image.headers()['x-content-type-options']).toBe('nosniff');
      // Its own policy, not the site's: nothing in an uploaded file may load or run.
      expect(image.headers()['content-security-policy']).toBe("default-src 'none'; sandbox; frame-ancestors 'none'");
      expect((await api.get('/media/images/../../newsroom.db')).status()).toBe(404);
      expect((await api.get('/media/auth-secret')).status()).toBe(404);
    },
  },
};

// ---------------------------------------------------------------------------------------------

test('every admin page and route handler on disk has an entry saying who may use it', () => {
  expect(ADMIN_PAGES_ON_DISK.length).toBeGreaterThanOrEqual(10);
  expect(HANDLERS_ON_DISK).toContain('/api/media');
  const missingPages = ADMIN_PAGES_ON_DISK.filter((r) => !(r in ADMIN_PAGES));
  const missingHandlers = HANDLERS_ON_DISK.filter((r) => !(r in HANDLERS));
  expect(missingPages, 'admin pages with no entry in ADMIN_PAGES (e2e/route-authorization.spec.ts)').toEqual([]);
  expect(missingHandlers, 'route handlers with no entry in HANDLERS (e2e/route-authorization.spec.ts)').toEqual([]);
  // And no entry for something that no longer exists.
  expect(Object.keys(ADMIN_PAGES).filter((r) => !ADMIN_PAGES_ON_DISK.includes(r))).toEqual([]);
  expect(Object.keys(HANDLERS).filter((r) => !HANDLERS_ON_DISK.includes(r))).toEqual([]);
});

for (const [route, rule] of Object.entries(ADMIN_PAGES)) {
  const who = rule.allowed === 'public' ? 'everyone' : rule.allowed.join(', ');
  test(`admin page ${route}: ${who}`, async ({ browser }) => {
    // Four visitors, each a browser context of its own, and the raw refusals: room on two busy cores.
    test.slow();
    const s = await getSamples();
    const url = rule.url(s);
    for (const visitor of WHO) {
      const context = await contextFor(browser, visitor);
      const page = await context.newPage();
      const response = await page.goto(url);
      const as = `${url} as ${visitor}`;
      const allowed = rule.allowed === 'public' || (visitor !== 'anonymous' && rule.allowed.includes(visitor));
      if (allowed && visitor !== 'anonymous' && rule.signedIn) {
        await expect(page, as).toHaveURL(rule.signedIn.url);
        await expect(page.getByRole('heading', { level: 1, name: rule.signedIn.heading, exact: true }), as).toBeVisible();
      } else if (allowed) {
        expect(response?.status(), as).toBe(200);
        await expect(page.getByRole('heading', { level: 1, name: rule.heading(s), exact: true }), as).toBeVisible();
      } else if (visitor === 'anonymous') {
        // Sent to sign in (a 307), and brought back afterwards.
        expect(response?.request().redirectedFrom()?.url(), as).toBe(`${BASE}${url}`);
        expect((await response?.request().redirectedFrom()?.response())?.status(), as).toBe(307);
        await expect(page, as).toHaveURL(`${BASE}/en/admin/sign-in?callbackUrl=${encodeURIComponent(url)}`);
        await expect(page.getByRole('heading', { level: 1, name: 'Sign in to the newsroom' }), as).toBeVisible();
      } else {
        expect(response?.status(), as).toBe(404);
        await expect(page.getByRole('heading', { level: 1, name: 'Page not found' }), as).toBeVisible();
      }
      if (!allowed && rule.secret) {
        // Nothing of the record in the refusal, nor in the redirect's own body.
        expect(await page.content(), as).not.toContain(rule.secret(s));
        const api = await apiFor(browser, visitor);
        const raw = await api.get(url, { maxRedirects: 0 });
        expect(await raw.text(), `${as}, unfollowed`).not.toContain(rule.secret(s));
        await api.dispose();
      }
      await context.close();
    }
  });
}

for (const [route, { rule, check }] of Object.entries(HANDLERS)) {
  test(`route handler ${route}: ${rule}`, async ({ browser }) => {
    const s = await getSamples();
    for (const who of WHO) {
      const api = await apiFor(browser, who);
      await test.step(who, () => check(api, who, s));
      await api.dispose();
    }
  });
}
