CREATE TABLE `search_entries` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`kind` text NOT NULL,
	`ref_id` integer NOT NULL,
	`locale` text NOT NULL,
	CONSTRAINT "search_entries_kind_check" CHECK("search_entries"."kind" in ('story', 'document'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `search_entries_ref_unique` ON `search_entries` (`kind`,`ref_id`,`locale`);--> statement-breakpoint
-- Written by hand: drizzle has no virtual tables. The texts of search_entries as word stems (lib/search/stems.ts), rowid = search_entries.id.
CREATE VIRTUAL TABLE `search_fts` USING fts5(`title`, `body`, tokenize = 'unicode61 remove_diacritics 2');
