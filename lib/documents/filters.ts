import { z } from 'zod';
import { DOCUMENT_TYPES, type DocumentType } from '@/db/schema';
import { isCountryCode } from '../countries';

export type DocumentQuery = { type?: DocumentType; country?: string; year?: number; q?: string };

const first = (v: string | string[] | undefined) => (Array.isArray(v) ? v[0] : v) || undefined;

// A filter that makes no sense (typed into the address bar, or from an old link) is ignored.
const querySchema = z.object({
  type: z.enum(DOCUMENT_TYPES).optional().catch(undefined),
  country: z
    .string()
    .refine((v) => isCountryCode(v))
    .optional()
    .catch(undefined),
  year: z.coerce.number().int().min(1900).max(2100).optional().catch(undefined),
  q: z.string().trim().max(200).optional().catch(undefined),
});

/** The filters of a documents list from its query string (a plain GET form). */
export function parseDocumentQuery(searchParams: Record<string, string | string[] | undefined>, { search = false } = {}): DocumentQuery {
  const parsed = querySchema.parse({
    type: first(searchParams.type),
    country: first(searchParams.country),
    year: first(searchParams.year),
    q: search ? first(searchParams.q) : undefined,
  });
  return Object.fromEntries(Object.entries(parsed).filter(([, v]) => v !== undefined && v !== '')) as DocumentQuery;
}

/** `?page=` as a page number: absent → 1; anything but a positive integer → null (not found). */
export function parsePageParam(value: string | string[] | undefined): number | null {
  if (value === undefined) return 1;
  if (typeof value !== 'string' || !/^[1-9]\d{0,5}$/.test(value)) return null;
  return Number(value);
}

/** The list's address for these filters and page, the parameters in a stable order. */
export function documentListHref(base: string, query: DocumentQuery, page = 1): string {
  const params = new URLSearchParams();
  if (query.q) params.set('q', query.q);
  if (query.type) params.set('type', query.type);
  if (query.country) params.set('country', query.country);
  if (query.year !== undefined) params.set('year', String(query.year));
  if (page > 1) params.set('page', String(page));
  const s = params.toString();
  return s ? `${base}?${s}` : base;
}
