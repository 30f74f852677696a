CREATE TABLE `country_details` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`country_code` text NOT NULL,
	`membership` text,
	`has_mission` integer DEFAULT false NOT NULL,
	`email` text DEFAULT '' NOT NULL,
	`phone` text DEFAULT '' NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade,
	CONSTRAINT "country_details_membership_check" CHECK("country_details"."membership" in ('member', 'observer', 'invited'))
);
--> statement-breakpoint
CREATE UNIQUE INDEX `country_details_code_unique` ON `country_details` (`country_code`);--> statement-breakpoint
CREATE TABLE `digest_details` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`issue_month` text NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `digest_details_month_unique` ON `digest_details` (`issue_month`);--> statement-breakpoint
CREATE TABLE `event_details` (
	`entry_id` integer PRIMARY KEY NOT NULL,
	`starts_at` integer NOT NULL,
	`ends_at` integer,
	`all_day` integer DEFAULT false NOT NULL,
	`country_code` text,
	`almaty_process` integer DEFAULT false NOT NULL,
	FOREIGN KEY (`entry_id`) REFERENCES `entries`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `event_details_starts_idx` ON `event_details` (`starts_at`);--> statement-breakpoint
CREATE INDEX `event_details_country_idx` ON `event_details` (`country_code`);