CREATE TABLE `page_details` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`section` text NOT NULL,
	`parent_id` integer,
	`position` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`parent_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE restrict
);
--> statement-breakpoint
CREATE INDEX `page_details_tree_idx` ON `page_details` (`section`,`parent_id`,`position`);--> statement-breakpoint
ALTER TABLE `entries` ADD `featured` integer DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE `entry_translations` ADD `fields` text DEFAULT '{}' NOT NULL;--> statement-breakpoint
ALTER TABLE `translation_publications` ADD `fields` text DEFAULT '{}' NOT NULL;