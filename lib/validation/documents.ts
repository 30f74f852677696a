import { z } from 'zod';
import { DOCUMENT_TYPES, LOCALES, type ContentLocale } from '@/db/schema';
import { COUNTRY_CODES } from '../countries';

const documentId = z.coerce.number().int().positive();

const languageSchema = z.object({
  title: z.string().trim().min(1, 'Errors.required').max(300, 'Errors.tooLong'),
  description: z.string().trim().max(2000, 'Errors.tooLong'),
});

/** Type, year, countries, and a title (and optional description) in every language. */
export const documentFieldsSchema = z.object({
  type: z.enum(DOCUMENT_TYPES, 'Errors.required'),
  year: z
    .string()
    .trim()
    .regex(/^\d{4}$/, 'Errors.invalidYear')
    .transform(Number)
    .pipe(z.number().min(1900, 'Errors.invalidYear').max(2100, 'Errors.invalidYear')),
  countries: z
    .array(z.enum(COUNTRY_CODES))
    .max(COUNTRY_CODES.length)
    .transform((codes) => [...new Set(codes)].sort()),
  text: z.object(Object.fromEntries(LOCALES.map((l) => [l, languageSchema])) as Record<ContentLocale, typeof languageSchema>),
});
export type DocumentFieldsInput = z.infer<typeof documentFieldsSchema>;

export const updateDocumentInputSchema = documentFieldsSchema.extend({
  documentId,
  baseVersion: z.coerce.number().int().positive(),
});
export type UpdateDocumentInput = z.infer<typeof updateDocumentInputSchema>;

/** The forms post flat fields (`title.en`, `description.ru`, repeated `countries`); the schemas want them grouped. */
export function groupDocumentForm(raw: Record<string, unknown>): Record<string, unknown> {
  const countries = raw.countries === undefined ? [] : Array.isArray(raw.countries) ? raw.countries : [raw.countries];
  const text = Object.fromEntries(LOCALES.map((l) => [l, { title: raw[`title.${l}`] ?? '', description: raw[`description.${l}`] ?? '' }]));
  return { documentId: raw.documentId, baseVersion: raw.baseVersion, type: raw.type, year: raw.year ?? '', countries, text };
}

/** `locale` is the admin's interface language, to go back to the list in it. */
export const deleteDocumentInputSchema = z.object({ documentId, locale: z.enum(LOCALES) });
export const documentFileInputSchema = z.object({ documentId, locale: z.enum(LOCALES) });
