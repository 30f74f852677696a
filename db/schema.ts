import { relations, sql } from 'drizzle-orm';
import { check, index, integer, primaryKey, sqliteTable, text, uniqueIndex, type AnySQLiteColumn } from 'drizzle-orm/sqlite-core';

export const LOCALES = ['en', 'ru'] as const;
export type ContentLocale = (typeof LOCALES)[number];

export const ROLES = ['admin', 'editor', 'translator'] as const;
export type Role = (typeof ROLES)[number];

export const STORY_KINDS = ['story', 'press_release'] as const;
export type StoryKind = (typeof STORY_KINDS)[number];

export const TRANSLATION_STATUSES = ['draft', 'in_review', 'scheduled', 'published', 'archived'] as const;
export type TranslationStatus = (typeof TRANSLATION_STATUSES)[number];

const createdAt = () =>
  integer('created_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);
const updatedAt = () =>
  integer('updated_at', { mode: 'timestamp_ms' })
    .notNull()
    .default(sql`(unixepoch('subsec') * 1000)`);

export const users = sqliteTable(
  'users',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    // Stored lower-cased; sign-in lower-cases what is typed.
    email: text('email').notNull(),
    name: text('name').notNull(),
    passwordHash: text('password_hash').notNull(),
    role: text('role', { enum: ROLES }).notNull(),
    active: integer('active', { mode: 'boolean' }).notNull().default(true),
    preferredLocale: text('preferred_locale', { enum: LOCALES }).notNull().default('en'),
    // Bumped to end every session of the user at once (sign out everywhere, password change).
    sessionVersion: integer('session_version').notNull().default(0),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('users_email_unique').on(t.email),
    check('users_role_check', sql`${t.role} in ('admin', 'editor', 'translator')`),
  ],
);

/**
 * The kinds of entry the site publishes through one translation mechanism (docs/architecture.md,
 * "Content model"). Only stories exist so far; lib/entry-types.ts describes each type's paths.
 */
export const ENTRY_TYPES = ['story', 'page', 'event', 'country', 'digest'] as const;
/** The public sections made of pages; each is one tree under its own address. */
export const PAGE_SECTIONS = ['almaty-process'] as const;
export type PageSection = (typeof PAGE_SECTIONS)[number];
/** A country's part in the Almaty Process (none: a country the office covers that is not in it). */
export const MEMBERSHIPS = ['member', 'observer', 'invited'] as const;
export type Membership = (typeof MEMBERSHIPS)[number];
export type EntryType = (typeof ENTRY_TYPES)[number];
// The types the database already accepts: its CHECKs (migration 0004) name every planned type, so
// adding one to ENTRY_TYPES needs no table rebuild (SQLite cannot alter a CHECK in place).
const entryTypeCheck = (column: AnySQLiteColumn) => sql`${column} in ('story', 'page', 'event', 'digest', 'country')`;

/**
 * What an entry is, whatever the language: the fields its translations share. `kind` and
 * `topics` are the story type's own fields. The CHECK names from before the rename (stories_…)
 * stay: SQLite keeps constraint names when a table is renamed.
 */
export const entries = sqliteTable(
  'entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: STORY_KINDS }).notNull().default('story'),
    sourceLocale: text('source_locale', { enum: LOCALES }).notNull().default('en'),
    // Topic tags, kebab-case English keys; a JSON array.
    topics: text('topics', { mode: 'json' }).$type<string[]>().notNull().default(sql`'[]'`),
    // The picture at the top of every language version (its words come from media_translations in
    // the reader's language). The working choice: each publication copies it when it goes out.
    heroMediaId: integer('hero_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'restrict' }),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
    type: text('type', { enum: ENTRY_TYPES }).notNull().default('story'),
    // A story the home page leads with (the newest featured one that is live in the reader's language).
    featured: integer('featured', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [
    check('stories_kind_check', sql`${t.kind} in ('story', 'press_release')`),
    check('entries_type_check', entryTypeCheck(t.type)),
    index('entries_hero_media_idx').on(t.heroMediaId),
  ],
);

/** Countries an entry concerns, by ISO 3166-1 alpha-2 code (names come from Intl.DisplayNames). */
export const entryCountries = sqliteTable(
  'entry_countries',
  {
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.entryId, t.countryCode] }), index('entry_countries_country_idx').on(t.countryCode)],
);

/**
 * A page's place in its section's tree (type `page`): the section it belongs to (its public
 * address, e.g. `/{locale}/almaty-process`), its parent (none for the section's own front page)
 * and its position among its siblings. Shared by every language.
 */
export const pageDetails = sqliteTable(
  'page_details',
  {
    entryId: integer('entry_id')
      .primaryKey()
      .references(() => entries.id, { onDelete: 'cascade' }),
    section: text('section', { enum: PAGE_SECTIONS }).notNull(),
    // A page with children cannot be deleted from under them.
    parentId: integer('parent_id').references((): AnySQLiteColumn => entries.id, { onDelete: 'restrict' }),
    position: integer('position').notNull().default(0),
  },
  (t) => [index('page_details_tree_idx').on(t.section, t.parentId, t.position)],
);

/**
 * An event's dates and place (type `event`), shared by every language; its venue and
 * participants are words, per language, in the translation's `fields`. An all-day event starts
 * and ends at midnight in Almaty of its first and last day (the end is inclusive).
 */
export const eventDetails = sqliteTable(
  'event_details',
  {
    entryId: integer('entry_id')
      .primaryKey()
      .references(() => entries.id, { onDelete: 'cascade' }),
    startsAt: integer('starts_at', { mode: 'timestamp_ms' }).notNull(),
    endsAt: integer('ends_at', { mode: 'timestamp_ms' }),
    allDay: integer('all_day', { mode: 'boolean' }).notNull().default(false),
    // Where it takes place (ISO 3166-1 alpha-2); none for an online meeting.
    countryCode: text('country_code'),
    // One of the Almaty Process's own meetings (listed in its section too).
    almatyProcess: integer('almaty_process', { mode: 'boolean' }).notNull().default(false),
  },
  (t) => [index('event_details_starts_idx').on(t.startsAt), index('event_details_country_idx').on(t.countryCode)],
);

/**
 * A country's page (type `country`): which country, its part in the Almaty Process, and the
 * office's mission there (its e-mail and phone are the same in every language; its name and
 * address are words, per language, in `fields`).
 */
export const countryDetails = sqliteTable(
  'country_details',
  {
    entryId: integer('entry_id')
      .primaryKey()
      .references(() => entries.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
    membership: text('membership', { enum: MEMBERSHIPS }),
    // The office has a mission in this country (the contact page lists it).
    hasMission: integer('has_mission', { mode: 'boolean' }).notNull().default(false),
    email: text('email').notNull().default(''),
    phone: text('phone').notNull().default(''),
  },
  (t) => [uniqueIndex('country_details_code_unique').on(t.countryCode), check('country_details_membership_check', sql`${t.membership} in ('member', 'observer', 'invited')`)],
);

/** A monthly digest's issue (type `digest`): the month it covers, `YYYY-MM`, one issue each. */
export const digestDetails = sqliteTable(
  'digest_details',
  {
    entryId: integer('entry_id')
      .primaryKey()
      .references(() => entries.id, { onDelete: 'cascade' }),
    issueMonth: text('issue_month').notNull(),
  },
  (t) => [uniqueIndex('digest_details_month_unique').on(t.issueMonth)],
);

/** One row per entry and locale: everything a reader of that language sees. */
export const entryTranslations = sqliteTable(
  'entry_translations',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    title: text('title').notNull(),
    // Per locale; Russian slugs are Latin transliterations.
    slug: text('slug').notNull(),
    summary: text('summary').notNull().default(''),
    // ProseMirror JSON; every block node carries a stable attrs.id.
    body: text('body', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    dateline: text('dateline').notNull().default(''),
    seoTitle: text('seo_title').notNull().default(''),
    seoDescription: text('seo_description').notNull().default(''),
    // What a type writes per language beyond the fields above (an event's venue, a mission's
    // address): field name → text, diffed and synced like the fields above.
    fields: text('fields', { mode: 'json' }).$type<EntryFields>().notNull().default(sql`'{}'`),
    status: text('status', { enum: TRANSLATION_STATUSES }).notNull().default('draft'),
    // When the translation first went public, or is scheduled to: the date readers see.
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }),
    // The revision of the source-locale translation this one was last brought in step with.
    syncedSourceRevisionId: integer('synced_source_revision_id'),
    // Optimistic concurrency: each save names the version it started from.
    version: integer('version').notNull().default(1),
    updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('entry_translations_entry_locale_unique').on(t.entryId, t.locale),
    uniqueIndex('entry_translations_locale_slug_unique').on(t.locale, t.slug),
    index('entry_translations_status_idx').on(t.status, t.locale),
    check(
      'story_translations_status_check',
      sql`${t.status} in ('draft', 'in_review', 'scheduled', 'published', 'archived')`,
    ),
    check('story_translations_locale_check', sql`${t.locale} in ('en', 'ru')`),
  ],
);

/**
 * What the public sees of a translation: a copy made when it is published (or scheduled), so that
 * saving the working copy in entry_translations never changes the live page. A row whose
 * published_at is still ahead is a scheduled publication and turns public by itself at that time.
 */
export const translationPublications = sqliteTable(
  'translation_publications',
  {
    translationId: integer('translation_id')
      .primaryKey()
      .references(() => entryTranslations.id, { onDelete: 'cascade' }),
    entryId: integer('entry_id')
      .notNull()
      .references(() => entries.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    slug: text('slug').notNull(),
    title: text('title').notNull(),
    summary: text('summary').notNull(),
    body: text('body', { mode: 'json' }).$type<RichTextDoc>().notNull(),
    dateline: text('dateline').notNull(),
    seoTitle: text('seo_title').notNull(),
    seoDescription: text('seo_description').notNull(),
    fields: text('fields', { mode: 'json' }).$type<EntryFields>().notNull().default(sql`'{}'`),
    // The story's hero image as it was when this copy was published: changing the working hero
    // changes no live page until the next publish (which checks its alt text first).
    heroMediaId: integer('hero_media_id').references((): AnySQLiteColumn => media.id, { onDelete: 'restrict' }),
    // The revision that was published.
    revisionId: integer('revision_id').references(() => revisions.id, { onDelete: 'set null' }),
    publishedAt: integer('published_at', { mode: 'timestamp_ms' }).notNull(),
    updatedAt: updatedAt(),
    // The entry's type, copied on publish so that each public section lists its own live copies.
    type: text('type', { enum: ENTRY_TYPES }).notNull().default('story'),
  },
  (t) => [
    uniqueIndex('translation_publications_locale_slug_unique').on(t.locale, t.slug),
    // The public lists: one type's live copies in one locale, newest first.
    index('translation_publications_type_list_idx').on(t.type, t.locale, t.publishedAt),
    index('translation_publications_entry_idx').on(t.entryId),
    index('translation_publications_hero_media_idx').on(t.heroMediaId),
    check('translation_publications_type_check', entryTypeCheck(t.type)),
  ],
);

/** Every save of a translation appends one: nothing an editor saves is ever lost. */
export const revisions = sqliteTable(
  'revisions',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    translationId: integer('translation_id')
      .notNull()
      .references(() => entryTranslations.id, { onDelete: 'cascade' }),
    // The translation's version this revision recorded.
    version: integer('version').notNull(),
    snapshot: text('snapshot', { mode: 'json' }).$type<TranslationSnapshot>().notNull(),
    authorId: integer('author_id').references(() => users.id, { onDelete: 'set null' }),
    note: text('note').notNull().default(''),
    // An autosave revision is replaced by the same author's next autosave within a few minutes,
    // so typing does not bury the history; a manual save, restore or publish always appends.
    autosave: integer('autosave', { mode: 'boolean' }).notNull().default(false),
    // Set when this revision restored an earlier one.
    restoredFromVersion: integer('restored_from_version'),
    // A source revision that leaves translations in step: ticked "minor edit" (a typo), or one
    // that changed no translatable text at all (only shared fields, the date, the status).
    minor: integer('minor', { mode: 'boolean' }).notNull().default(false),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    uniqueIndex('revisions_translation_version_unique').on(t.translationId, t.version),
    index('revisions_translation_minor_idx').on(t.translationId, t.minor, t.id),
  ],
);

/** Approved term pairs translators follow ("stateless person" ↔ "лицо без гражданства"). */
export const glossaryTerms = sqliteTable(
  'glossary_terms',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    en: text('en').notNull(),
    ru: text('ru').notNull(),
    note: text('note').notNull().default(''),
    updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('glossary_terms_en_unique').on(sql`lower(${t.en})`)],
);
export type GlossaryTerm = typeof glossaryTerms.$inferSelect;

/**
 * A translator's "handled" mark on one change in the source since the translation's last sync:
 * a field (`field:title`) or a body block (`block:<id>`), updated or needing no change. A mark
 * holds for the source text it was made against; when every change is marked, the translation
 * is in step again and the marks are cleared.
 */
export const translationSyncMarks = sqliteTable(
  'translation_sync_marks',
  {
    translationId: integer('translation_id')
      .notNull()
      .references(() => entryTranslations.id, { onDelete: 'cascade' }),
    key: text('key').notNull(),
    // SHA-256 of the source text the mark was made against.
    sourceHash: text('source_hash').notNull(),
    resolution: text('resolution', { enum: ['updated', 'no_change'] }).notNull(),
    markedById: integer('marked_by_id').references(() => users.id, { onDelete: 'set null' }),
    markedAt: createdAt(),
  },
  (t) => [primaryKey({ columns: [t.translationId, t.key] })],
);

export const auditLog = sqliteTable(
  'audit_log',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    at: integer('at', { mode: 'timestamp_ms' })
      .notNull()
      .default(sql`(unixepoch('subsec') * 1000)`),
    actorId: integer('actor_id').references(() => users.id, { onDelete: 'set null' }),
    // e.g. 'auth.sign_in', 'auth.sign_in_failed', 'story.create', 'translation.publish'
    action: text('action').notNull(),
    entityType: text('entity_type'),
    entityId: integer('entity_id'),
    // Small JSON object of what changed; never secrets.
    detail: text('detail', { mode: 'json' }).$type<Record<string, unknown>>(),
    ip: text('ip'),
  },
  (t) => [
    index('audit_log_at_idx').on(t.at),
    index('audit_log_entity_idx').on(t.entityType, t.entityId),
    index('audit_log_actor_idx').on(t.actorId, t.at),
    index('audit_log_action_idx').on(t.action, t.at),
  ],
);

/**
 * One-time password links an admin hands over (no mail server). Only the SHA-256 of the token is
 * stored, so a database copy cannot be used to take over an account.
 */
export const passwordResetTokens = sqliteTable(
  'password_reset_tokens',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    userId: integer('user_id')
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    tokenHash: text('token_hash').notNull(),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    expiresAt: integer('expires_at', { mode: 'timestamp_ms' }).notNull(),
    usedAt: integer('used_at', { mode: 'timestamp_ms' }),
    createdAt: createdAt(),
  },
  (t) => [uniqueIndex('password_reset_tokens_hash_unique').on(t.tokenHash), index('password_reset_tokens_user_idx').on(t.userId)],
);

/**
 * Failed sign-ins, one row per failure and scope: `account` keyed by the normalised e-mail (known
 * or not, so an unknown address behaves like a real one), `ip` keyed by the client address.
 * Read to lock an account or address out after too many failures; a success deletes the
 * account's rows. Rows older than the window are pruned as new failures arrive.
 */
export const signInFailures = sqliteTable(
  'sign_in_failures',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    scope: text('scope', { enum: ['account', 'ip'] }).notNull(),
    key: text('key').notNull(),
    at: integer('at', { mode: 'timestamp_ms' }).notNull(),
  },
  (t) => [
    index('sign_in_failures_key_idx').on(t.scope, t.key, t.at),
    index('sign_in_failures_at_idx').on(t.at),
    check('sign_in_failures_scope_check', sql`${t.scope} in ('account', 'ip')`),
  ],
);

/** One widthwise rendition of an image, as stored: always WebP, never wider than the original. */
export type MediaVariant = { width: number; height: number; bytes: number };

/**
 * An uploaded image. Its files are named by the SHA-256 of the uploaded bytes, so the same upload
 * is stored once; only re-encoded variants are kept (no original with its EXIF/GPS data).
 */
export const media = sqliteTable(
  'media',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    sha256: text('sha256').notNull(),
    // The type the bytes turned out to be (not what the browser claimed).
    mime: text('mime').notNull(),
    width: integer('width').notNull(),
    height: integer('height').notNull(),
    bytes: integer('bytes').notNull(),
    originalName: text('original_name').notNull(),
    // Widths generated, ascending; files at images/<sha256>/<width>.webp.
    variants: text('variants', { mode: 'json' }).$type<MediaVariant[]>().notNull(),
    // When the photo was taken: YYYY, YYYY-MM or YYYY-MM-DD (credits often know only the month).
    creditDate: text('credit_date'),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [uniqueIndex('media_sha256_unique').on(t.sha256), index('media_created_idx').on(t.createdAt)],
);

/**
 * What a reader of one language is told about an image. The credit's who and where are here too:
 * "IOM, Kazakhstan" is "МОМ, Казахстан" in Russian, so they are words of a language, not data.
 */
export const mediaTranslations = sqliteTable(
  'media_translations',
  {
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    alt: text('alt').notNull().default(''),
    caption: text('caption').notNull().default(''),
    creditBy: text('credit_by').notNull().default(''),
    creditPlace: text('credit_place').notNull().default(''),
  },
  (t) => [primaryKey({ columns: [t.mediaId, t.locale] }), check('media_translations_locale_check', sql`${t.locale} in ('en', 'ru')`)],
);

/** Per-language site texts and the site's outside links, edited by admins (lib/site-settings.ts). */
export type SiteSettingsValue = {
  siteName: Record<ContentLocale, string>;
  tagline: Record<ContentLocale, string>;
  footerText: Record<ContentLocale, string>;
  donateUrl: string;
  social: Partial<Record<'facebook' | 'x' | 'telegram' | 'youtube' | 'instagram' | 'linkedin', string>>;
};

/**
 * The site's settings: one row (id 1), one JSON value validated by lib/site-settings.ts, versioned
 * like every other edited record so two admins saving at once cannot overwrite each other.
 */
export const siteSettings = sqliteTable(
  'site_settings',
  {
    id: integer('id').primaryKey(),
    value: text('value', { mode: 'json' }).$type<SiteSettingsValue>().notNull(),
    version: integer('version').notNull().default(1),
    updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedAt: updatedAt(),
  },
  (t) => [check('site_settings_single_row', sql`${t.id} = 1`)],
);

export const DOCUMENT_TYPES = ['factsheet', 'legislation_analysis', 'report', 'meeting_document', 'other'] as const;
export type DocumentType = (typeof DOCUMENT_TYPES)[number];

/**
 * A PDF resource (factsheet, analysis of national legislation, meeting document…): what its
 * language versions share. Each language's title, description and file are in
 * document_translations; a document has a title in both languages and a file in at least one.
 */
export const documents = sqliteTable(
  'documents',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    type: text('type', { enum: DOCUMENT_TYPES }).notNull(),
    // The year the document is of (published, or of the meeting it records).
    year: integer('year').notNull(),
    // Optimistic concurrency for the metadata: each save names the version it started from.
    version: integer('version').notNull().default(1),
    createdById: integer('created_by_id').references(() => users.id, { onDelete: 'set null' }),
    updatedById: integer('updated_by_id').references(() => users.id, { onDelete: 'set null' }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    check('documents_type_check', sql`${t.type} in ('factsheet', 'legislation_analysis', 'report', 'meeting_document', 'other')`),
    check('documents_year_check', sql`${t.year} between 1900 and 2100`),
    index('documents_year_idx').on(t.year, t.id),
    index('documents_type_idx').on(t.type),
    index('documents_updated_idx').on(t.updatedAt),
  ],
);

/** Countries a document concerns, by ISO 3166-1 alpha-2 code, like entry_countries. */
export const documentCountries = sqliteTable(
  'document_countries',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    countryCode: text('country_code').notNull(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.countryCode] }), index('document_countries_country_idx').on(t.countryCode)],
);

/**
 * One language of a document: its title and description in that language (always both
 * languages, so a list in either can name it) and that language's PDF, if there is one. The file
 * is stored once per content at documents/<sha256>.pdf; two rows may share it.
 */
export const documentTranslations = sqliteTable(
  'document_translations',
  {
    documentId: integer('document_id')
      .notNull()
      .references(() => documents.id, { onDelete: 'cascade' }),
    locale: text('locale', { enum: LOCALES }).notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
    // This language's PDF: all of sha256, bytes, name and upload time set, or none.
    fileSha256: text('file_sha256'),
    fileBytes: integer('file_bytes'),
    fileOriginalName: text('file_original_name'),
    // Read from the PDF where it says; null when it could not be told.
    filePages: integer('file_pages'),
    fileUploadedAt: integer('file_uploaded_at', { mode: 'timestamp_ms' }),
  },
  (t) => [
    primaryKey({ columns: [t.documentId, t.locale] }),
    check('document_translations_locale_check', sql`${t.locale} in ('en', 'ru')`),
    check(
      'document_translations_file_check',
      sql`(${t.fileSha256} is null) = (${t.fileBytes} is null) and (${t.fileSha256} is null) = (${t.fileOriginalName} is null) and (${t.fileSha256} is null) = (${t.fileUploadedAt} is null)`,
    ),
    // "Does anything else still use this file?" before a file is removed from storage.
    index('document_translations_file_idx').on(t.fileSha256),
  ],
);

/**
 * The images in the body of each translation's working copy, rewritten on every save. Bodies are
 * JSON: this small index answers "where is image N used?" with one indexed lookup instead of a
 * scan of every body, and its RESTRICT key keeps a used image from being deleted under a story.
 */
export const translationMedia = sqliteTable(
  'translation_media',
  {
    translationId: integer('translation_id')
      .notNull()
      .references(() => entryTranslations.id, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.translationId, t.mediaId] }), index('translation_media_media_idx').on(t.mediaId)],
);

/** The same for the live (or scheduled) copy: rewritten on publish, gone with the publication. */
export const publicationMedia = sqliteTable(
  'publication_media',
  {
    translationId: integer('translation_id')
      .notNull()
      .references(() => translationPublications.translationId, { onDelete: 'cascade' }),
    mediaId: integer('media_id')
      .notNull()
      .references(() => media.id, { onDelete: 'restrict' }),
  },
  (t) => [primaryKey({ columns: [t.translationId, t.mediaId] }), index('publication_media_media_idx').on(t.mediaId)],
);

/**
 * What the public search covers, one row per searchable text in one language: a story's live
 * copy (`ref_id` = its translation id; whether it is live yet is read from
 * translation_publications at query time) or a document's language (`ref_id` = the document id).
 * Its id is the rowid of the FTS5 table `search_fts` (migration 0003, not in this schema: drizzle
 * has no virtual tables), which holds the same texts as word stems so that word forms match.
 */
export const SEARCH_KINDS = ['story', 'document'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

export const searchEntries = sqliteTable(
  'search_entries',
  {
    id: integer('id').primaryKey({ autoIncrement: true }),
    kind: text('kind', { enum: SEARCH_KINDS }).notNull(),
    refId: integer('ref_id').notNull(),
    locale: text('locale', { enum: LOCALES }).notNull(),
  },
  (t) => [uniqueIndex('search_entries_ref_unique').on(t.kind, t.refId, t.locale), check('search_entries_kind_check', sql`${t.kind} in ('story', 'document')`)],
);

export const entriesRelations = relations(entries, ({ many }) => ({
  translations: many(entryTranslations),
  countries: many(entryCountries),
}));
export const entryTranslationsRelations = relations(entryTranslations, ({ one, many }) => ({
  entry: one(entries, { fields: [entryTranslations.entryId], references: [entries.id] }),
  revisions: many(revisions),
  publication: one(translationPublications, {
    fields: [entryTranslations.id],
    references: [translationPublications.translationId],
  }),
}));
export const entryCountriesRelations = relations(entryCountries, ({ one }) => ({
  entry: one(entries, { fields: [entryCountries.entryId], references: [entries.id] }),
}));
export const mediaRelations = relations(media, ({ many }) => ({
  translations: many(mediaTranslations),
}));
export const mediaTranslationsRelations = relations(mediaTranslations, ({ one }) => ({
  media: one(media, { fields: [mediaTranslations.mediaId], references: [media.id] }),
}));
export const documentsRelations = relations(documents, ({ many }) => ({
  translations: many(documentTranslations),
  countries: many(documentCountries),
}));
export const documentTranslationsRelations = relations(documentTranslations, ({ one }) => ({
  document: one(documents, { fields: [documentTranslations.documentId], references: [documents.id] }),
}));
export const documentCountriesRelations = relations(documentCountries, ({ one }) => ({
  document: one(documents, { fields: [documentCountries.documentId], references: [documents.id] }),
}));
export const revisionsRelations = relations(revisions, ({ one }) => ({
  translation: one(entryTranslations, { fields: [revisions.translationId], references: [entryTranslations.id] }),
}));

export type RichTextMark = { type: string; attrs?: Record<string, unknown> };
export type RichTextNode = {
  type: string;
  attrs?: Record<string, unknown>;
  content?: RichTextNode[];
  marks?: RichTextMark[];
  text?: string;
};
export type RichTextDoc = { type: 'doc'; content: RichTextNode[] };

/** The fields all translations of a story share, recorded with each revision of the source. */
export type SharedSnapshot = {
  kind: StoryKind;
  countries: string[];
  topics: string[];
  /** Absent in revisions recorded before stories had hero images (restoring one keeps the hero). */
  heroMediaId?: number | null;
  /** Absent in revisions recorded before featured stories existed (restoring one keeps the flag). */
  featured?: boolean;
  /** A page's place in its tree (pages only). */
  page?: PageSnapshot;
  event?: EventSnapshot;
  country?: CountrySnapshot;
  digest?: DigestSnapshot;
};

/** A type's own per-language fields (field name → text); `{}` for a story. */
export type EntryFields = Record<string, string>;

/** A page's shared place in its tree, recorded with each revision of the source. */
export type PageSnapshot = { section: PageSection; parentId: number | null; position: number };
/** An event's shared dates and place (ISO strings in snapshots, as JSON keeps them). */
export type EventSnapshot = { startsAt: string; endsAt: string | null; allDay: boolean; countryCode: string | null; almatyProcess: boolean };
export type CountrySnapshot = { countryCode: string; membership: Membership | null; hasMission: boolean; email: string; phone: string };
export type DigestSnapshot = { issueMonth: string };

/** What a person writes in one language version, the same in every shape it takes. */
export type TranslationText = {
  /** A type's own fields; absent in revisions recorded before types had any (read as `{}`). */
  fields?: EntryFields;
  title: string;
  slug: string;
  summary: string;
  body: RichTextDoc;
  dateline: string;
  seoTitle: string;
  seoDescription: string;
};

export type TranslationSnapshot = TranslationText & {
  status: TranslationStatus;
  publishedAt?: string | null;
  shared?: SharedSnapshot;
};

export type User = typeof users.$inferSelect;
export type NewUser = typeof users.$inferInsert;
export type Entry = typeof entries.$inferSelect;
export type NewEntry = typeof entries.$inferInsert;
export type EntryTranslation = typeof entryTranslations.$inferSelect;
export type NewEntryTranslation = typeof entryTranslations.$inferInsert;
export type Revision = typeof revisions.$inferSelect;
export type TranslationPublication = typeof translationPublications.$inferSelect;
export type AuditEntry = typeof auditLog.$inferSelect;
export type PasswordResetToken = typeof passwordResetTokens.$inferSelect;
export type SignInFailure = typeof signInFailures.$inferSelect;
export type Media = typeof media.$inferSelect;
export type MediaTranslation = typeof mediaTranslations.$inferSelect;
export type Document = typeof documents.$inferSelect;
export type DocumentTranslation = typeof documentTranslations.$inferSelect;
export type PageDetails = typeof pageDetails.$inferSelect;
export type EventDetails = typeof eventDetails.$inferSelect;
export type CountryDetails = typeof countryDetails.$inferSelect;
