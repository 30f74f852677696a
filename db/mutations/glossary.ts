import { and, eq, ne, sql } from 'drizzle-orm';
import type { DbLike } from '../client';
import { glossaryTerms } from '../schema';

export type GlossaryInput = { id?: number; en: string; ru: string; note: string; actorId: number };

/** Adds or changes a term pair; an English term is listed once, whatever its case. */
export function upsertGlossaryTerm(db: DbLike, input: GlossaryInput): { ok: true; id: number } | { ok: false; error: 'exists' | 'notFound' } {
  const clash = db
    .select({ id: glossaryTerms.id })
    .from(glossaryTerms)
    .where(and(sql`lower(${glossaryTerms.en}) = lower(${input.en})`, input.id ? ne(glossaryTerms.id, input.id) : undefined))
    .get();
  if (clash) return { ok: false, error: 'exists' };
  const values = { en: input.en, ru: input.ru, note: input.note, updatedById: input.actorId, updatedAt: new Date() };
  if (input.id) {
    const updated = db.update(glossaryTerms).set(values).where(eq(glossaryTerms.id, input.id)).run();
    return updated.changes === 1 ? { ok: true, id: input.id } : { ok: false, error: 'notFound' };
  }
  return { ok: true, id: db.insert(glossaryTerms).values(values).returning({ id: glossaryTerms.id }).get().id };
}

export function deleteGlossaryTerm(db: DbLike, id: number): boolean {
  return db.delete(glossaryTerms).where(eq(glossaryTerms.id, id)).run().changes === 1;
}
