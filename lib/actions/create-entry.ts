'use server';

import { redirect } from 'next/navigation';
import { z } from 'zod';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { checkDetails, type EntryDetails } from '@/db/mutations/entry-details';
import { insertStoryWithTranslations } from '@/db/mutations/stories';
import { LOCALES } from '@/db/schema';
import { defineAction, type ErrorKey } from '../action';
import { entryType } from '../entry-types';
import { sharedFieldsSchema, withEventTimes } from '../validation/story';

const createEntryInputSchema = z
  .object({
    type: z.enum(['event', 'country', 'digest']),
    sourceLocale: z.enum(LOCALES),
    title: z.string().trim().min(1, 'Errors.required').max(200, 'Errors.tooLong'),
    locale: z.enum(LOCALES),
  })
  .passthrough();

/** Where a refused detail's message goes: the field the new-entry form shows for it. */
const DETAIL_FIELDS = { countryTaken: ['countryCode', 'Errors.countryTaken'], monthTaken: ['issueMonth', 'Errors.monthTaken'], invalidParent: ['parentId', 'Errors.invalidParent'] } as const;

/**
 * A new event, country page or digest issue, in its source language, with the details it cannot
 * be without (an event's first day, the country, the month); opens its editor.
 */
export const createEntryAction = defineAction({
  roles: ['admin', 'editor'],
  schema: createEntryInputSchema,
  prepare: withEventTimes,
  handler(input, { user, ip }) {
    const parsed = sharedFieldsSchema.safeParse({ kind: 'story', ...input });
    const details: EntryDetails = parsed.success ? { [input.type]: parsed.data[input.type] } : {};
    if (!parsed.success || !details[input.type]) {
      const fieldErrors: Record<string, ErrorKey> = Object.fromEntries((parsed.error?.issues ?? []).map((i) => [String(i.path[0]), i.message as ErrorKey]));
      return { ok: false, error: 'Errors.invalidInput', fieldErrors };
    }
    const created = getDb().transaction((tx) => {
      const refused = checkDetails(tx, -1, details);
      if (refused) return refused;
      const { storyId } = insertStoryWithTranslations(tx, {
        type: input.type,
        details,
        kind: 'story',
        sourceLocale: input.sourceLocale,
        topics: [],
        countries: [],
        authorId: user.id,
        translations: [{ locale: input.sourceLocale, title: input.title, summary: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, status: 'draft', publishedAt: null }],
      });
      insertAuditEntry(tx, { actorId: user.id, action: `${input.type}.create`, entityType: input.type, entityId: storyId, detail: { sourceLocale: input.sourceLocale, ...details }, ip });
      return storyId;
    });
    if (typeof created === 'string') {
      const [field, key] = DETAIL_FIELDS[created];
      const fieldErrors: Record<string, ErrorKey> = { [field]: key };
      return { ok: false, error: 'Errors.invalidInput', fieldErrors };
    }
    redirect(entryType(input.type).editPath(input.locale, created));
  },
});
