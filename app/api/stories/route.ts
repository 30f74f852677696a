import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getStoryRefSummaries, searchStoryRefSummaries } from '@/db/queries/story-refs';
import type { ErrorKey } from '@/lib/action';
import { ALL_ROLES, getCurrentUser, hasRole } from '@/lib/authz';
import type { StoryRefSummary } from '@/lib/story-refs/summary';

export type StoryRefListResponse = { ok: true; items: StoryRefSummary[] } | { ok: false; error: ErrorKey };

/** The picker lists at most this many; a search narrows it down. */
const PICKER_LIMIT = 40;
/** The most stories one body's references ask about at once. */
const MAX_IDS = 200;

const querySchema = z.object({
  q: z.string().trim().max(200).optional(),
  ids: z
    .string()
    .max(MAX_IDS * 12)
    .regex(/^\d{1,12}(,\d{1,12})*$/)
    .transform((v) => v.split(',').map(Number))
    .refine((ids) => ids.length <= MAX_IDS && ids.every((id) => Number.isSafeInteger(id) && id > 0))
    .optional(),
});

/**
 * The story editor's story references: `?q=` searches stories (drafts or published) by their
 * title in either language, newest first; `?ids=1,2` names these stories (the blocks of a body
 * being edited). Titles of drafts are staff business: any signed-in staff member may list them
 * (a translator sees the stories a text refers to), nobody else; nothing here changes.
 */
export async function GET(request: NextRequest) {
  const headers = { 'Cache-Control': 'private, no-store' };
  const user = await getCurrentUser();
  if (!hasRole(user, ALL_ROLES)) return NextResponse.json<StoryRefListResponse>({ ok: false, error: 'Errors.forbidden' }, { status: 403, headers });
  const params = request.nextUrl.searchParams;
  const parsed = querySchema.safeParse({ q: params.get('q') ?? undefined, ids: params.get('ids') ?? undefined });
  if (!parsed.success) return NextResponse.json<StoryRefListResponse>({ ok: false, error: 'Errors.invalidInput' }, { status: 400, headers });
  const items = parsed.data.ids ? getStoryRefSummaries(parsed.data.ids) : searchStoryRefSummaries(parsed.data.q || undefined, PICKER_LIMIT);
  return NextResponse.json<StoryRefListResponse>({ ok: true, items }, { headers });
}
