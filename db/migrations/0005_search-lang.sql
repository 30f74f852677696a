-- Written by hand: the search index gains the language of each text as an indexed column, so a
-- query narrows to one language inside FTS5 (no join per match). The index is rebuilt from what is
-- published by `npm start`'s preparation (ensureSearchIndex) once search_entries is empty.
DROP TABLE `search_fts`;
--> statement-breakpoint
CREATE VIRTUAL TABLE `search_fts` USING fts5(`title`, `body`, `lang`, tokenize = 'unicode61 remove_diacritics 2');
--> statement-breakpoint
DELETE FROM `search_entries`;
