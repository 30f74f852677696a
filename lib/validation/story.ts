import { z } from 'zod';
import type { RichTextNode } from '@/db/schema';
import { LOCALES, MEMBERSHIPS, STORY_KINDS } from '@/db/schema';
import { TRANSITIONS } from '../workflow';
import { isCountryCode } from '../countries';
import { invalidImageBlock, withoutUnsafeLinks, withSafeDocumentBlocks, withSafeStoryRefBlocks } from '../rich-text';
import { isValidSlug, slugify } from '../slug';
import { parseLocalDateTime } from '../time';

export const MAX_BODY_BYTES = 512 * 1024;
const MAX_DEPTH = 12;

const markSchema = z.object({ type: z.string().max(40), attrs: z.record(z.string(), z.unknown()).optional() });

function depthOk(node: RichTextNode, depth = 0): boolean {
  return depth <= MAX_DEPTH && (node.content ?? []).every((c) => depthOk(c, depth + 1));
}

const nodeSchema: z.ZodType<RichTextNode> = z.lazy(() =>
  z.object({
    type: z.string().max(40),
    attrs: z.record(z.string(), z.unknown()).optional(),
    content: z.array(nodeSchema).max(5000).optional(),
    marks: z.array(markSchema).max(20).optional(),
    text: z.string().max(100_000).optional(),
  }),
);

/** The editor's ProseMirror JSON, posted as a string: bounded in size and depth. Rendering allow-lists. */
export const richTextJsonSchema = z
  .string()
  .max(MAX_BODY_BYTES, 'Errors.bodyTooLarge')
  .transform((value, ctx): unknown => {
    try {
      return JSON.parse(value === '' ? '{"type":"doc","content":[]}' : value);
    } catch {
      ctx.addIssue({ code: 'custom', message: 'Errors.invalidBody' });
      return z.NEVER;
    }
  })
  .pipe(
    z
      .object({ type: z.literal('doc'), content: z.array(nodeSchema).max(5000) })
      .refine((doc) => doc.content.every((n) => depthOk(n)), 'Errors.invalidBody')
      // Image blocks are the one node whose attributes matter: a media id and nothing else.
      .refine((doc) => invalidImageBlock(doc) === null, 'Errors.invalidBody')
      // Document blocks and story references keep their target's id and their block id only; any other shape is dropped.
      .transform((doc) => withoutUnsafeLinks(withSafeStoryRefBlocks(withSafeDocumentBlocks(doc)))),
  );

const checkbox = z
  .union([z.literal('on'), z.literal('1'), z.literal('true'), z.literal('')])
  .optional()
  .transform((v) => v === 'on' || v === '1' || v === 'true');

const localDateTime = z
  .string()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const date = parseLocalDateTime(v);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Errors.invalidDate' });
      return z.NEVER;
    }
    return date;
  });

const text = (max: number) => z.string().trim().max(max, 'Errors.tooLong');
const id = z.coerce.number().int().positive();

const countriesField = z
  .union([z.string(), z.array(z.string())])
  .optional()
  .transform((v) => (v === undefined ? [] : [v].flat()).filter((c) => c !== ''))
  .refine((codes) => codes.every(isCountryCode), 'Errors.invalidField');

/** Comma-separated tags → kebab-case keys, without repeats. */
const topicsField = z
  .string()
  .max(500, 'Errors.tooLong')
  .optional()
  .transform((v) => [...new Set((v ?? '').split(',').map((t) => slugify(t)).filter(Boolean))].slice(0, 20));

export const translationFieldsSchema = z
  .object({
    title: text(200).min(1, 'Errors.required'),
    slug: z.string().trim().toLowerCase().max(80, 'Errors.tooLong'),
    summary: text(600),
    body: richTextJsonSchema,
    // Only a story's form has a dateline.
    dateline: text(100).default(''),
    seoTitle: text(120),
    seoDescription: text(300),
    publishedAt: localDateTime,
    // Field names are checked against the entry's type when it is saved.
    fields: z
      .record(z.string().regex(/^[a-zA-Z]{1,40}$/), text(2000))
      .refine((f) => Object.keys(f).length <= 20, 'Errors.invalidField')
      .optional(),
  })
  .transform((f, ctx) => {
    const slug = f.slug === '' ? slugify(f.title) : f.slug;
    if (!isValidSlug(slug)) {
      ctx.addIssue({ code: 'custom', path: ['slug'], message: 'Errors.invalidSlug' });
      return z.NEVER;
    }
    return { ...f, slug };
  });

/** The hero image's media id, '' for none; not posted at all leaves the hero as it is. */
const heroField = z
  .union([z.literal(''), z.coerce.number().int().positive().max(Number.MAX_SAFE_INTEGER)])
  .optional()
  .transform((v) => (v === '' ? null : v));

/** A page's parent: '' for none (the section's front page). */
const parentField = z
  .union([z.literal(''), id.max(Number.MAX_SAFE_INTEGER)])
  .optional()
  .transform((v) => (v === '' || v === undefined ? null : v));

/** An event's day (all-day) or day and time, in Almaty. */
const eventTime = z
  .string()
  .trim()
  .optional()
  .transform((v, ctx) => {
    if (!v) return null;
    const date = /^\d{4}-\d{2}-\d{2}$/.test(v) ? parseLocalDateTime(`${v}T00:00`) : parseLocalDateTime(v);
    if (!date) {
      ctx.addIssue({ code: 'custom', message: 'Errors.invalidDate' });
      return z.NEVER;
    }
    return date;
  });

const eventSchema = z
  .object({
    eventStartsAt: eventTime,
    eventEndsAt: eventTime,
    eventAllDay: checkbox,
    eventCountry: z
      .string()
      .optional()
      .transform((v) => v || null)
      .refine((v) => v === null || isCountryCode(v), 'Errors.invalidField'),
    eventAlmatyProcess: checkbox,
  })
  .transform((e, ctx) => {
    if (!e.eventStartsAt) {
      ctx.addIssue({ code: 'custom', path: ['eventStartsAt'], message: 'Errors.required' });
      return z.NEVER;
    }
    if (e.eventEndsAt && e.eventEndsAt < e.eventStartsAt) {
      ctx.addIssue({ code: 'custom', path: ['eventEndsAt'], message: 'Errors.endBeforeStart' });
      return z.NEVER;
    }
    return {
      startsAt: e.eventStartsAt.toISOString(),
      endsAt: e.eventEndsAt ? e.eventEndsAt.toISOString() : null,
      allDay: e.eventAllDay,
      countryCode: e.eventCountry,
      almatyProcess: e.eventAlmatyProcess,
    };
  });

const countrySchema = z
  .object({
    countryCode: z.string().refine(isCountryCode, 'Errors.invalidField'),
    membership: z
      .union([z.literal(''), z.enum(MEMBERSHIPS)])
      .optional()
      .transform((v) => v || null),
    hasMission: checkbox,
    countryEmail: z.union([z.literal(''), z.string().trim().email('Errors.invalidEmail').max(200, 'Errors.tooLong')]).optional().default(''),
    countryPhone: text(60).optional().default(''),
  })
  .transform((c) => ({ countryCode: c.countryCode, membership: c.membership, hasMission: c.hasMission, email: c.countryEmail, phone: c.countryPhone }));

const digestSchema = z.object({ issueMonth: z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, 'Errors.invalidMonth') }).transform((d) => ({ issueMonth: d.issueMonth }));

/** Which type's details a form sent, by the fields only that type's form has. */
function detailsOf(raw: Record<string, unknown>, ctx: z.RefinementCtx) {
  const parse = <T>(schema: z.ZodType<T>, keys: string[]): T | undefined => {
    const result = schema.safeParse(Object.fromEntries(keys.map((k) => [k, raw[k]])));
    if (result.success) return result.data;
    for (const issue of result.error.issues) ctx.addIssue({ ...issue, code: 'custom', message: issue.message, path: issue.path });
    return undefined;
  };
  if ('eventStartsAt' in raw) return { event: parse(eventSchema, ['eventStartsAt', 'eventEndsAt', 'eventAllDay', 'eventCountry', 'eventAlmatyProcess']) };
  if ('countryCode' in raw) return { country: parse(countrySchema, ['countryCode', 'membership', 'hasMission', 'countryEmail', 'countryPhone']) };
  if ('issueMonth' in raw) return { digest: parse(digestSchema, ['issueMonth']) };
  return {};
}

export const sharedFieldsSchema = z
  .object({
    // A page's form has no kind: it keeps the default.
    kind: z.enum(STORY_KINDS).default('story'),
    countries: countriesField,
    topics: topicsField,
    heroMediaId: heroField,
    featured: checkbox,
    parentId: parentField,
    position: z.coerce.number().int('Errors.invalidField').min(0, 'Errors.invalidField').max(999, 'Errors.invalidField').optional(),
  })
  .passthrough()
  .transform(({ parentId, position, kind, countries, topics, heroMediaId, featured, ...rest }, ctx) => ({
    kind,
    countries,
    topics,
    heroMediaId,
    featured,
    // Only a page's form sends a position; the server keeps the page in its own section.
    ...(position === undefined ? {} : { page: { section: 'almaty-process' as const, parentId, position } }),
    ...detailsOf(rest, ctx),
  }));

export const saveStoryInputSchema = z.object({
  translationId: id,
  baseVersion: z.coerce.number().int().min(1),
  note: text(500).optional().default(''),
  autosave: checkbox,
  minor: checkbox,
  fields: translationFieldsSchema,
  shared: sharedFieldsSchema.optional(),
});
export type SaveStoryInput = z.infer<typeof saveStoryInputSchema>;

export const createStoryInputSchema = z.object({
  kind: z.enum(STORY_KINDS),
  sourceLocale: z.enum(LOCALES),
  title: text(200).min(1, 'Errors.required'),
  locale: z.enum(LOCALES),
});
export type CreateStoryInput = z.infer<typeof createStoryInputSchema>;

export const changeStatusInputSchema = z.object({
  translationId: id,
  transition: z.enum(TRANSITIONS),
  at: localDateTime,
});
export type ChangeStatusInput = z.infer<typeof changeStatusInputSchema>;

export const restoreRevisionInputSchema = z.object({ translationId: id, revisionId: id, baseVersion: z.coerce.number().int().min(1) });
export const createTranslationInputSchema = z.object({ storyId: id, locale: z.enum(LOCALES) });

/** A form sends shared fields when it has any of these (each type's source form has one). */
const SHARED_MARKERS = ['kind', 'position', 'eventStartsAt', 'countryCode', 'issueMonth'];

/**
 * An event's form posts a start day and an optional time (none: all day), and an end day and
 * time; the schema reads `eventStartsAt`/`eventEndsAt` (a day, or a day and time) and
 * `eventAllDay`. A timed event's end day without a time ends at the end of that day.
 */
export function withEventTimes(raw: Record<string, unknown>): Record<string, unknown> {
  if (!('eventStartDate' in raw)) return raw;
  const { eventStartDate, eventStartTime, eventEndDate, eventEndTime, ...rest } = raw;
  const str = (v: unknown) => (typeof v === 'string' ? v.trim() : '');
  const [startDay, startTime, endDay, endTime] = [str(eventStartDate), str(eventStartTime), str(eventEndDate), str(eventEndTime)];
  const allDay = startTime === '';
  return {
    ...rest,
    eventStartsAt: startDay && !allDay ? `${startDay}T${startTime}` : startDay,
    eventEndsAt: !endDay ? '' : allDay ? endDay : `${endDay}T${endTime || '23:59'}`,
    eventAllDay: allDay && startDay ? 'on' : '',
  };
}
const SHARED_KEYS = [
  'kind',
  'countries',
  'topics',
  'heroMediaId',
  'featured',
  'parentId',
  'position',
  'eventStartsAt',
  'eventEndsAt',
  'eventAllDay',
  'eventCountry',
  'eventAlmatyProcess',
  'countryCode',
  'membership',
  'hasMission',
  'countryEmail',
  'countryPhone',
  'issueMonth',
];

/**
 * The story form posts flat fields; group them into what the schema expects
 * (translation fields and, for the source language, the shared ones).
 */
export function groupStoryForm(form: Record<string, unknown>): Record<string, unknown> {
  const raw = withEventTimes(form);
  const pick = (keys: string[]) => Object.fromEntries(keys.filter((k) => k in raw).map((k) => [k, raw[k]]));
  const hasShared = SHARED_MARKERS.some((k) => k in raw);
  return {
    translationId: raw.translationId,
    baseVersion: raw.baseVersion,
    note: raw.note,
    autosave: raw.autosave,
    minor: raw.minor,
    fields: {
      ...pick(['title', 'slug', 'summary', 'body', 'dateline', 'seoTitle', 'seoDescription', 'publishedAt']),
      // A type's own per-language fields, posted as `fields.<name>`.
      ...(Object.keys(raw).some((k) => k.startsWith('fields.'))
        ? { fields: Object.fromEntries(Object.entries(raw).filter(([k]) => k.startsWith('fields.')).map(([k, v]) => [k.slice('fields.'.length), v])) }
        : {}),
    },
    shared: hasShared ? pick(SHARED_KEYS) : undefined,
  };
}
