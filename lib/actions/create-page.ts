'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { isValidPageParent } from '@/db/mutations/entry-details';
import { insertStoryWithTranslations } from '@/db/mutations/stories';
import { nextPagePosition } from '@/db/queries/pages';
import { LOCALES, PAGE_SECTIONS } from '@/db/schema';
import { defineAction, type ErrorKey } from '../action';
import { entryType } from '../entry-types';

const createPageInputSchema = z.object({
  section: z.enum(PAGE_SECTIONS),
  sourceLocale: z.enum(LOCALES),
  title: z.string().trim().min(1, 'Errors.required').max(200, 'Errors.tooLong'),
  parentId: z
    .union([z.literal(''), z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)])
    .optional()
    .transform((v) => (v === '' || v === undefined ? null : v)),
  locale: z.enum(LOCALES),
});

/** A new page of a section, in its source language, last among its siblings; opens its editor. */
export const createPageAction = defineAction({
  roles: ['admin', 'editor'],
  schema: createPageInputSchema,
  handler(input, { user, ip }) {
    const db = getDb();
    const created = db.transaction((tx) => {
      // -1: no page yet, so any existing page of the section may be its parent.
      if (!isValidPageParent(tx, -1, input.section, input.parentId)) return null;
      const page = { section: input.section, parentId: input.parentId, position: nextPagePosition(input.section, input.parentId) };
      const { storyId } = insertStoryWithTranslations(tx, {
        type: 'page',
        details: { page },
        kind: 'story',
        sourceLocale: input.sourceLocale,
        topics: [],
        countries: [],
        authorId: user.id,
        translations: [{ locale: input.sourceLocale, title: input.title, summary: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, status: 'draft', publishedAt: null }],
      });
      insertAuditEntry(tx, { actorId: user.id, action: 'page.create', entityType: 'page', entityId: storyId, detail: { section: input.section, parentId: input.parentId, sourceLocale: input.sourceLocale }, ip });
      return storyId;
    });
    if (created === null) {
      const fieldErrors: Record<string, ErrorKey> = { parentId: 'Errors.invalidParent' };
      return { ok: false, error: 'Errors.invalidInput', fieldErrors };
    }
    redirect(entryType('page').editPath(input.locale, created));
  },
});
