-- Written by hand: Russian stems now drop the fleeting vowel of -ец, -ок, -ек (lib/search/stems.ts),
-- so what was indexed under the old stems is emptied here and rebuilt from what is published by
-- `npm start`'s preparation (ensureSearchIndex) once search_entries is empty.
DELETE FROM `search_fts`;
--> statement-breakpoint
DELETE FROM `search_entries`;
