-- Written by hand (drizzle-kit asks rename-or-create interactively): stories become entries of a
-- type (docs/architecture.md, "Content model"). SQLite's RENAME keeps the rows, and rewrites the
-- foreign keys, indexes and CHECKs that point at the renamed tables and columns; the CHECKs keep
-- their old names (stories_kind_check, story_translations_*_check), as db/schema.ts says.
ALTER TABLE `stories` RENAME TO `entries`;--> statement-breakpoint
ALTER TABLE `story_translations` RENAME TO `entry_translations`;--> statement-breakpoint
ALTER TABLE `story_countries` RENAME TO `entry_countries`;--> statement-breakpoint
ALTER TABLE `entry_translations` RENAME COLUMN `story_id` TO `entry_id`;--> statement-breakpoint
ALTER TABLE `entry_countries` RENAME COLUMN `story_id` TO `entry_id`;--> statement-breakpoint
ALTER TABLE `translation_publications` RENAME COLUMN `story_id` TO `entry_id`;--> statement-breakpoint
-- The CHECKs name every planned type, so that adding one later needs no table rebuild.
ALTER TABLE `entries` ADD `type` text DEFAULT 'story' NOT NULL CONSTRAINT "entries_type_check" CHECK("entries"."type" in ('story', 'page', 'event', 'digest', 'country'));--> statement-breakpoint
ALTER TABLE `translation_publications` ADD `type` text DEFAULT 'story' NOT NULL CONSTRAINT "translation_publications_type_check" CHECK("translation_publications"."type" in ('story', 'page', 'event', 'digest', 'country'));--> statement-breakpoint
UPDATE `translation_publications` SET `type` = (SELECT `type` FROM `entries` WHERE `entries`.`id` = `translation_publications`.`entry_id`);--> statement-breakpoint
DROP INDEX `stories_hero_media_idx`;--> statement-breakpoint
CREATE INDEX `entries_hero_media_idx` ON `entries` (`hero_media_id`);--> statement-breakpoint
DROP INDEX `story_countries_country_idx`;--> statement-breakpoint
CREATE INDEX `entry_countries_country_idx` ON `entry_countries` (`country_code`);--> statement-breakpoint
DROP INDEX `story_translations_story_locale_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `entry_translations_entry_locale_unique` ON `entry_translations` (`entry_id`,`locale`);--> statement-breakpoint
DROP INDEX `story_translations_locale_slug_unique`;--> statement-breakpoint
CREATE UNIQUE INDEX `entry_translations_locale_slug_unique` ON `entry_translations` (`locale`,`slug`);--> statement-breakpoint
DROP INDEX `story_translations_status_idx`;--> statement-breakpoint
CREATE INDEX `entry_translations_status_idx` ON `entry_translations` (`status`,`locale`);--> statement-breakpoint
DROP INDEX `translation_publications_list_idx`;--> statement-breakpoint
CREATE INDEX `translation_publications_type_list_idx` ON `translation_publications` (`type`,`locale`,`published_at`);--> statement-breakpoint
DROP INDEX `translation_publications_story_idx`;--> statement-breakpoint
CREATE INDEX `translation_publications_entry_idx` ON `translation_publications` (`entry_id`);
