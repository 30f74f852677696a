import { z } from 'zod';
import { LOCALES } from '@/db/schema';
import { isValidCreditDate } from '../media/credit';

const mediaId = z.coerce.number().int().positive();
const words = (max: number) => z.string().trim().max(max, 'Errors.tooLong');

const mediaTextSchema = z.object({
  alt: words(500),
  caption: words(1000),
  creditBy: words(200),
  creditPlace: words(200),
});

export const updateMediaInputSchema = z.object({
  mediaId,
  creditDate: z
    .string()
    .trim()
    .refine((v) => v === '' || isValidCreditDate(v), 'Errors.invalidCreditDate')
    .transform((v) => (v === '' ? null : v)),
  text: z.object(Object.fromEntries(LOCALES.map((l) => [l, mediaTextSchema])) as Record<(typeof LOCALES)[number], typeof mediaTextSchema>),
});
export type UpdateMediaInput = z.infer<typeof updateMediaInputSchema>;

/** The form posts flat fields (`alt.en`, `caption.ru`…); the schema wants them grouped by locale. */
export function groupMediaForm(raw: Record<string, unknown>): unknown {
  const text: Record<string, Record<string, unknown>> = {};
  for (const locale of LOCALES) {
    text[locale] = {};
    for (const field of ['alt', 'caption', 'creditBy', 'creditPlace']) text[locale][field] = raw[`${field}.${locale}`] ?? '';
  }
  return { mediaId: raw.mediaId, creditDate: raw.creditDate ?? '', text };
}

export const mediaIdInputSchema = z.object({ mediaId });
