'use server';

import { redirect } from 'next/navigation';
import { getDb } from '@/db';
import { insertAuditEntry } from '@/db/mutations/audit';
import { insertStoryWithTranslations } from '@/db/mutations/stories';
import { defineAction } from '../action';
import { createStoryInputSchema } from '../validation/story';

export const createStoryAction = defineAction({
  roles: ['admin', 'editor'],
  schema: createStoryInputSchema,
  handler(input, { user, ip }) {
    const db = getDb();
    const { storyId } = db.transaction((tx) => {
      const created = insertStoryWithTranslations(tx, {
        kind: input.kind,
        sourceLocale: input.sourceLocale,
        topics: [],
        countries: [],
        authorId: user.id,
        translations: [{ locale: input.sourceLocale, title: input.title, summary: '', body: { type: 'doc', content: [{ type: 'paragraph' }] }, status: 'draft', publishedAt: null }],
      });
      insertAuditEntry(tx, { actorId: user.id, action: 'story.create', entityType: 'story', entityId: created.storyId, detail: { kind: input.kind, sourceLocale: input.sourceLocale }, ip });
      return created;
    });
    redirect(`/${input.locale}/admin/stories/${storyId}`);
  },
});
