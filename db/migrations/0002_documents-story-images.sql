CREATE TABLE `document_countries` (
	`document_id` integer NOT NULL,
	`country_code` text NOT NULL,
	PRIMARY KEY(`document_id`, `country_code`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `document_countries_country_idx` ON `document_countries` (`country_code`);--> statement-breakpoint
CREATE TABLE `document_translations` (
	`document_id` integer NOT NULL,
	`locale` text NOT NULL,
	`title` text NOT NULL,
	`description` text DEFAULT '' NOT NULL,
	`file_sha256` text,
	`file_bytes` integer,
	`file_original_name` text,
	`file_pages` integer,
	`file_uploaded_at` integer,
	PRIMARY KEY(`document_id`, `locale`),
	FOREIGN KEY (`document_id`) REFERENCES `documents`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "document_translations_locale_check" CHECK("document_translations"."locale" in ('en', 'ru')),
	CONSTRAINT "document_translations_file_check" CHECK(("document_translations"."file_sha256" is null) = ("document_translations"."file_bytes" is null) and ("document_translations"."file_sha256" is null) = ("document_translations"."file_original_name" is null) and ("document_translations"."file_sha256" is null) = ("document_translations"."file_uploaded_at" is null))
);
--> statement-breakpoint
CREATE INDEX `document_translations_file_idx` ON `document_translations` (`file_sha256`);--> statement-breakpoint
CREATE TABLE `documents` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`type` text NOT NULL,
	`year` integer NOT NULL,
	`version` integer DEFAULT 1 NOT NULL,
	`created_by_id` integer,
	`updated_by_id` integer,
	`created_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	`updated_at` integer DEFAULT (unixepoch('subsec') * 1000) NOT NULL,
	FOREIGN KEY (`created_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`updated_by_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	CONSTRAINT "documents_type_check" CHECK("documents"."type" in ('factsheet', 'legislation_analysis', 'report', 'meeting_document', 'other')),
	CONSTRAINT "documents_year_check" CHECK("documents"."year" between 1900 and 2100)
);
--> statement-breakpoint
CREATE INDEX `documents_year_idx` ON `documents` (`year`,`id`);--> statement-breakpoint
CREATE INDEX `documents_type_idx` ON `documents` (`type`);--> statement-breakpoint
CREATE INDEX `documents_updated_idx` ON `documents` (`updated_at`);--> statement-breakpoint
CREATE TABLE `publication_media` (
	`translation_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	PRIMARY KEY(`translation_id`, `media_id`),
	FOREIGN KEY (`translation_id`) REFERENCES `translation_publications`(`translation_id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `publication_media_media_idx` ON `publication_media` (`media_id`);--> statement-breakpoint
CREATE TABLE `translation_media` (
	`translation_id` integer NOT NULL,
	`media_id` integer NOT NULL,
	PRIMARY KEY(`translation_id`, `media_id`),
	FOREIGN KEY (`translation_id`) REFERENCES `story_translations`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`media_id`) REFERENCES `media`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `translation_media_media_idx` ON `translation_media` (`media_id`);--> statement-breakpoint
ALTER TABLE `stories` ADD `hero_media_id` integer REFERENCES media(id);--> statement-breakpoint
CREATE INDEX `stories_hero_media_idx` ON `stories` (`hero_media_id`);--> statement-breakpoint
ALTER TABLE `translation_publications` ADD `hero_media_id` integer REFERENCES media(id);--> statement-breakpoint
CREATE INDEX `translation_publications_hero_media_idx` ON `translation_publications` (`hero_media_id`);