import { z } from 'zod';
import { STORY_KINDS, type StoryKind } from '@/db/schema';
import { isCountryCode } from './countries';

export type NewsQuery = { kind?: StoryKind; country?: string; topic?: string; year?: number };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

// A filter that makes no sense (typed into the address bar, or from an old link) is ignored.
const querySchema = z.object({
  kind: z.enum(STORY_KINDS).optional().catch(undefined),
  country: z
    .string()
    .refine((v) => isCountryCode(v))
    .optional()
    .catch(undefined),
  topic: z
    .string()
    .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/)
    .max(60)
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
});

/** The filters of the public news list from its query string (a plain GET form). */
export function parseNewsQuery(searchParams: Record<string, string | string[] | undefined>): NewsQuery {
  const parsed = querySchema.parse({ kind: first(searchParams.kind), country: first(searchParams.country), topic: first(searchParams.topic), year: first(searchParams.year) });
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined)) as NewsQuery;
}

/** The list's address for these filters and page, the parameters in a stable order. */
export function newsListHref(base: string, query: NewsQuery, page = 1): string {
  const params = new URLSearchParams();
  if (query.kind) params.set('kind', query.kind);
  if (query.country) params.set('country', query.country);
  if (query.topic) params.set('topic', query.topic);
  if (query.year !== undefined) params.set('year', String(query.year));
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
