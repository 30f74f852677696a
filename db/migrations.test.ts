import { eq } from 'drizzle-orm';
import { migrate } from 'drizzle-orm/better-sqlite3/migrator';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { MIGRATIONS_FOLDER, migrateDatabase, openDatabase, type Db } from './client';
import { entries, entryCountries, entryTranslations, publicationMedia, revisions, translationMedia, translationPublications, translationSyncMarks } from './schema';
import { ensureSearchIndex } from './mutations/search';
import { searchSite } from './queries/search';

let dir: string;
let db: Db;

/** A migrations folder holding only the migrations up to `lastTag`, as a database made then saw them. */
function migrationsUpTo(lastTag: string): string {
  const folder = path.join(dir, 'migrations');
  mkdirSync(path.join(folder, 'meta'), { recursive: true });
  const journal = JSON.parse(readFileSync(path.join(MIGRATIONS_FOLDER, 'meta', '_journal.json'), 'utf8')) as { entries: { idx: number; tag: string }[] };
  const last = journal.entries.findIndex((e) => e.tag === lastTag);
  expect(last).toBeGreaterThanOrEqual(0);
  journal.entries = journal.entries.slice(0, last + 1);
  for (const e of journal.entries) copyFileSync(path.join(MIGRATIONS_FOLDER, `${e.tag}.sql`), path.join(folder, `${e.tag}.sql`));
  writeFileSync(path.join(folder, 'meta', '_journal.json'), JSON.stringify(journal));
  return folder;
}

beforeEach(() => {
  dir = mkdtempSync(path.join(tmpdir(), 'newsroom-migrations-'));
  db = openDatabase(path.join(dir, 'newsroom.db'));
});
afterEach(() => {
  db.$client.close();
  rmSync(dir, { recursive: true, force: true });
});

const body = (text: string) => JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'b1' }, content: [{ type: 'text', text }] }] });

/** A story as the tables of migration 0003 held it: both languages, one live, with everything that points at it. */
function insertStoryAt0003(): void {
  const run = (sql: string, ...params: unknown[]) => db.$client.prepare(sql).run(...params);
  run("insert into users (id, email, name, password_hash, role) values (1, 'e@example.org', 'Editor', 'x', 'editor')");
  run("insert into media (id, sha256, mime, width, height, bytes, original_name, variants) values (7, 'abc', 'image/webp', 800, 600, 1000, 'p.jpg', '[]')");
  run("insert into media_translations (media_id, locale, alt) values (7, 'en', 'A picture'), (7, 'ru', 'Картинка')");
  run("insert into stories (id, kind, source_locale, topics, hero_media_id, created_by_id) values (5, 'press_release', 'en', '[\"asylum\"]', 7, 1)");
  run("insert into story_countries (story_id, country_code) values (5, 'KZ'), (5, 'UZ')");
  run("insert into story_translations (id, story_id, locale, title, slug, body, status, published_at, version) values (11, 5, 'en', 'Old title', 'old-title', ?, 'published', 1700000000000, 2)", body('Refugees'));
  run("insert into story_translations (id, story_id, locale, title, slug, body, status) values (12, 5, 'ru', 'Старый заголовок', 'staryi-zagolovok', ?, 'draft')", body('Беженцы'));
  run("insert into revisions (id, translation_id, version, snapshot, author_id) values (21, 11, 1, '{}', 1), (22, 11, 2, '{}', 1), (23, 12, 1, '{}', 1)");
  run(
    "insert into translation_publications (translation_id, story_id, locale, slug, title, summary, body, dateline, seo_title, seo_description, hero_media_id, revision_id, published_at) values (11, 5, 'en', 'old-title', 'Old title', '', ?, '', '', '', 7, 22, 1700000000000)",
    body('Refugees'),
  );
  run('insert into translation_media (translation_id, media_id) values (11, 7)');
  run('insert into publication_media (translation_id, media_id) values (11, 7)');
  run("insert into translation_sync_marks (translation_id, key, source_hash, resolution, marked_by_id) values (12, 'field:title', 'h', 'updated', 1)");
  run("insert into search_entries (id, kind, ref_id, locale) values (31, 'story', 11, 'en')");
  run("insert into search_fts (rowid, title, body) values (31, 'old titl', 'refuge')");
}

describe('migration 0004 (stories become entries)', () => {
  it('keeps every row of a story and what points at it, under the new names', () => {
    migrate(db, { migrationsFolder: migrationsUpTo('0003_search') });
    insertStoryAt0003();
    migrateDatabase(db);

    const entry = db.query.entries.findFirst({ where: eq(entries.id, 5), with: { translations: { with: { revisions: true, publication: true } }, countries: true } }).sync();
    expect(entry).toMatchObject({ id: 5, type: 'story', kind: 'press_release', sourceLocale: 'en', topics: ['asylum'], heroMediaId: 7, createdById: 1 });
    expect(entry?.countries.map((c) => c.countryCode).sort()).toEqual(['KZ', 'UZ']);
    const en = entry?.translations.find((t) => t.locale === 'en');
    const ru = entry?.translations.find((t) => t.locale === 'ru');
    expect(en).toMatchObject({ id: 11, entryId: 5, title: 'Old title', slug: 'old-title', status: 'published', version: 2 });
    expect(ru).toMatchObject({ id: 12, entryId: 5, title: 'Старый заголовок', status: 'draft' });
    expect(en?.revisions.map((r) => r.id).sort()).toEqual([21, 22]);
    expect(en?.publication).toMatchObject({ translationId: 11, entryId: 5, type: 'story', revisionId: 22, heroMediaId: 7, slug: 'old-title' });
    expect(ru?.publication).toBeNull();
    expect(db.select().from(translationMedia).all()).toEqual([{ translationId: 11, mediaId: 7 }]);
    expect(db.select().from(publicationMedia).all()).toEqual([{ translationId: 11, mediaId: 7 }]);
    expect(db.select({ key: translationSyncMarks.key }).from(translationSyncMarks).where(eq(translationSyncMarks.translationId, 12)).all()).toEqual([{ key: 'field:title' }]);

    // 0005 gives the search index a language column and empties it; starting the site rebuilds it
    // from the live copies, under the new names.
    expect(db.$client.prepare('select count(*) from search_fts').pluck().get()).toBe(0);
    expect(ensureSearchIndex(db)).toBe(true);
    expect(searchSite('en', 'old title', 1, 10, db).items.map((hit) => hit.id)).toEqual([5]);

    const sqlite = db.$client;
    expect(sqlite.pragma('foreign_key_check')).toEqual([]);
    expect(sqlite.pragma('integrity_check', { simple: true })).toBe('ok');
    const names = sqlite.prepare("select name from sqlite_master where type in ('table', 'index')").pluck().all() as string[];
    expect(names).toEqual(expect.arrayContaining(['entries', 'entry_translations', 'entry_countries', 'translation_publications_type_list_idx', 'entry_translations_locale_slug_unique']));
    expect(names.filter((n) => /stor(y|ies)/.test(n))).toEqual([]);
  });

  it('keeps the keys working: unique slugs, the CHECKs, cascades from the entry and the restrict on used images', () => {
    migrate(db, { migrationsFolder: migrationsUpTo('0003_search') });
    insertStoryAt0003();
    migrateDatabase(db);
    const sqlite = db.$client;

    expect(() => sqlite.prepare("insert into entry_translations (entry_id, locale, title, slug, body) values (5, 'en', 'Again', 'x', '{}')").run()).toThrow(/UNIQUE/);
    expect(() => sqlite.prepare("insert into entry_translations (entry_id, locale, title, slug, body) values (99, 'en', 'Orphan', 'orphan', '{}')").run()).toThrow(/FOREIGN KEY/);
    expect(() => sqlite.prepare("insert into entries (type) values ('nonsense')").run()).toThrow(/entries_type_check/);
    expect(() => sqlite.prepare("update entries set kind = 'nonsense' where id = 5").run()).toThrow(/stories_kind_check/);
    expect(() => sqlite.prepare('delete from media where id = 7').run()).toThrow(/FOREIGN KEY/);

    db.delete(entries).where(eq(entries.id, 5)).run();
    expect(db.select().from(entryTranslations).all()).toEqual([]);
    expect(db.select().from(entryCountries).all()).toEqual([]);
    expect(db.select().from(revisions).all()).toEqual([]);
    expect(db.select().from(translationPublications).all()).toEqual([]);
    expect(db.select().from(publicationMedia).all()).toEqual([]);
  });

  it('plans the public lists on the type index', () => {
    migrateDatabase(db);
    const plan = db.$client
      .prepare("explain query plan select translation_id from translation_publications where type = 'story' and locale = 'en' and published_at <= 1 order by published_at desc")
      .all() as { detail: string }[];
    expect(plan.map((p) => p.detail).join('\n')).toMatch(/translation_publications_type_list_idx/);
  });
});
