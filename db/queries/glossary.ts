import 'server-only';
import { asc, sql } from 'drizzle-orm';
import { getDb } from '../index';
import { glossaryTerms } from '../schema';

export function listGlossaryTerms() {
  return getDb()
    .select({ id: glossaryTerms.id, en: glossaryTerms.en, ru: glossaryTerms.ru, note: glossaryTerms.note })
    .from(glossaryTerms)
    .orderBy(asc(sql`lower(${glossaryTerms.en})`))
    .all();
}
