import { describe, expect, it } from 'vitest';
import type { RichTextNode } from '@/db/schema';
import { richTextJsonSchema, sharedFieldsSchema, translationFieldsSchema } from './story';

const parse = (...content: unknown[]) => richTextJsonSchema.safeParse(JSON.stringify({ type: 'doc', content }));
const paragraph = (text: string, id = 'p1'): RichTextNode => ({ type: 'paragraph', attrs: { id }, content: [{ type: 'text', text }] });

describe('a saved body', () => {
  it('accepts an image block: a block id and the media id of an image, nothing else', () => {
    const result = parse(paragraph('Before'), { type: 'image', attrs: { id: 'img-1', mediaId: 12 } }, { type: 'image', attrs: { mediaId: 3 } }, { type: 'image', attrs: { id: null, mediaId: 4 } });
    expect(result.success).toBe(true);
    expect(result.data?.content[1]).toEqual({ type: 'image', attrs: { id: 'img-1', mediaId: 12 } });
  });

  it('refuses an image whose media id is not a positive whole number', () => {
    for (const mediaId of ['12', 0, -3, 1.5, null, true, 2 ** 60, undefined]) {
      const result = parse({ type: 'image', attrs: { id: 'img', mediaId } });
      expect(result.success, String(mediaId)).toBe(false);
      expect(result.error?.issues[0]?.message).toBe('Errors.invalidBody');
    }
    expect(parse({ type: 'image' }).success).toBe(false);
  });

  it('refuses an image carrying anything but its ids: a URL, alt text, content, marks', () => {
    expect(parse({ type: 'image', attrs: { id: 'img', mediaId: 1, src: 'https://evil.example.org/x.png' } }).success).toBe(false);
    expect(parse({ type: 'image', attrs: { id: 'img', mediaId: 1, alt: 'words that belong in the media library' } }).success).toBe(false);
    expect(parse({ type: 'image', attrs: { id: 'img', mediaId: 1 }, content: [{ type: 'text', text: 'x' }] }).success).toBe(false);
    expect(parse({ type: 'image', attrs: { id: 'img', mediaId: 1 }, marks: [{ type: 'bold' }] }).success).toBe(false);
    expect(parse({ type: 'image', attrs: { id: '"><script>', mediaId: 1 } }).success).toBe(false);
  });

  it('refuses an image inside another block: images stand between blocks, each with its own id', () => {
    expect(parse({ type: 'blockquote', attrs: { id: 'q' }, content: [{ type: 'image', attrs: { mediaId: 1 } }] }).success).toBe(false);
    expect(
      parse({ type: 'bulletList', attrs: { id: 'l' }, content: [{ type: 'listItem', content: [paragraph('x'), { type: 'image', attrs: { mediaId: 1 } }] }] }).success,
    ).toBe(false);
  });
});

describe('the shared fields', () => {
  it('read the hero as a media id, an empty value as none, and its absence as "leave it"', () => {
    const base = { kind: 'story', topics: '' };
    expect(sharedFieldsSchema.parse({ ...base, heroMediaId: '7' }).heroMediaId).toBe(7);
    expect(sharedFieldsSchema.parse({ ...base, heroMediaId: '' }).heroMediaId).toBeNull();
    expect(sharedFieldsSchema.parse(base).heroMediaId).toBeUndefined();
    for (const bad of ['0', '-1', 'abc', '1.5']) expect(sharedFieldsSchema.safeParse({ ...base, heroMediaId: bad }).success, bad).toBe(false);
  });
});


describe('richTextJsonSchema (the body a save posts)', () => {
  it('stores no javascript: or data: link, whatever the client sent', () => {
    const body = JSON.stringify({
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          content: [
            { type: 'text', text: 'click', marks: [{ type: 'link', attrs: { href: 'javascript:window.__xss=1' } }] },
            { type: 'text', text: 'data', marks: [{ type: 'link', attrs: { href: 'data:text/html,<script>window.__xss=1</script>' } }] },
            { type: 'text', text: 'fine', marks: [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }] },
          ],
        },
      ],
    });
    const parsed = richTextJsonSchema.parse(body);
    expect(JSON.stringify(parsed)).not.toMatch(/javascript:|data:/);
    expect(parsed.content[0]!.content!.map((n) => n.marks)).toEqual([[], [], [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }]]);
  });
});

describe('translationFieldsSchema', () => {
  it('turns markup in a title into a plain slug', () => {
    const parsed = translationFieldsSchema.parse({
      title: '"><img src=x onerror=window.__xss=1>',
      slug: '',
      summary: '',
      body: '',
      dateline: '',
      seoTitle: '',
      seoDescription: '',
    });
    expect(parsed.slug).toBe('img-src-x-onerror-window-xss-1');
  });

  it('refuses a slug that is not lower-case Latin words and hyphens', () => {
    const result = translationFieldsSchema.safeParse({ title: 'T', slug: '<script>', summary: '', body: '', dateline: '', seoTitle: '', seoDescription: '' });
    expect(result.success).toBe(false);
  });
});

describe('each type’s shared details', () => {
  const base = { kind: 'story', countries: [], topics: '' };
  const issues = (result: { success: boolean; error?: { issues: { path: PropertyKey[]; message: string }[] } }) =>
    result.error?.issues.map((i) => [i.path.join('.'), i.message]) ?? [];

  it('reads an event: times in Almaty (UTC+6 in 2021), a day for an all-day event, the place and the process flag', () => {
    const result = sharedFieldsSchema.safeParse({ ...base, eventStartsAt: '2021-05-26T10:00', eventEndsAt: '2021-05-26T17:30', eventCountry: 'TR', eventAlmatyProcess: 'on' });
    expect(result.data).toMatchObject({ event: { startsAt: '2021-05-26T04:00:00.000Z', endsAt: '2021-05-26T11:30:00.000Z', allDay: false, countryCode: 'TR', almatyProcess: true } });
    const allDay = sharedFieldsSchema.safeParse({ ...base, eventStartsAt: '2021-05-25', eventEndsAt: '2021-05-26', eventAllDay: 'on', eventCountry: '' });
    expect(allDay.data?.event).toEqual({ startsAt: '2021-05-24T18:00:00.000Z', endsAt: '2021-05-25T18:00:00.000Z', allDay: true, countryCode: null, almatyProcess: false });
  });

  it('refuses an event with no start, an end before its start, a date that is not one, or an unknown country', () => {
    expect(issues(sharedFieldsSchema.safeParse({ ...base, eventStartsAt: '' }))).toEqual([['eventStartsAt', 'Errors.required']]);
    expect(issues(sharedFieldsSchema.safeParse({ ...base, eventStartsAt: '2021-05-26', eventEndsAt: '2021-05-25' }))).toEqual([['eventEndsAt', 'Errors.endBeforeStart']]);
    expect(issues(sharedFieldsSchema.safeParse({ ...base, eventStartsAt: '2021-02-30' }))).toEqual([['eventStartsAt', 'Errors.invalidDate']]);
    expect(issues(sharedFieldsSchema.safeParse({ ...base, eventStartsAt: '2021-05-26', eventCountry: 'XX' }))).toEqual([['eventCountry', 'Errors.invalidField']]);
  });

  it('reads a country: its code, membership, mission and contacts, and refuses a bad e-mail or code', () => {
    const result = sharedFieldsSchema.safeParse({ ...base, countryCode: 'KZ', membership: 'member', hasMission: 'on', countryEmail: 'iomastana@iom.int', countryPhone: '' });
    expect(result.data?.country).toEqual({ countryCode: 'KZ', membership: 'member', hasMission: true, email: 'iomastana@iom.int', phone: '' });
    expect(sharedFieldsSchema.safeParse({ ...base, countryCode: 'UZ', membership: '' }).data?.country?.membership).toBeNull();
    expect(issues(sharedFieldsSchema.safeParse({ ...base, countryCode: 'KZ', countryEmail: 'not an address' }))).toEqual([['countryEmail', 'Errors.invalidEmail']]);
    expect(issues(sharedFieldsSchema.safeParse({ ...base, countryCode: 'ZZ' }))).toEqual([['countryCode', 'Errors.invalidField']]);
    expect(issues(sharedFieldsSchema.safeParse({ ...base, countryCode: 'KZ', membership: 'chair' }))).toHaveLength(1);
  });

  it('reads a digest’s month and refuses anything but YYYY-MM', () => {
    expect(sharedFieldsSchema.safeParse({ ...base, issueMonth: '2021-05' }).data?.digest).toEqual({ issueMonth: '2021-05' });
    for (const issueMonth of ['2021-13', '2021-5', 'May 2021', '']) {
      expect(issues(sharedFieldsSchema.safeParse({ ...base, issueMonth })), issueMonth).toEqual([['issueMonth', 'Errors.invalidMonth']]);
    }
  });

  it('sends no details for a story', () => {
    const result = sharedFieldsSchema.safeParse(base);
    expect(result.data).toEqual({ kind: 'story', countries: [], topics: [], heroMediaId: undefined, featured: false });
  });
});

describe('a type’s own per-language fields', () => {
  const form = { title: 'T', slug: '', summary: '', body: '', dateline: '', seoTitle: '', seoDescription: '' };
  it('takes named texts, trimmed and bounded', () => {
    expect(translationFieldsSchema.safeParse({ ...form, fields: { venue: ' Istanbul ' } }).data?.fields).toEqual({ venue: 'Istanbul' });
    expect(translationFieldsSchema.safeParse({ ...form, fields: { venue: 'x'.repeat(2001) } }).success).toBe(false);
    expect(translationFieldsSchema.safeParse({ ...form, fields: { 'no-such field': 'x' } }).success).toBe(false);
  });
});

describe('a form without a dateline', () => {
  it('is a page’s or an event’s, saved with an empty dateline', () => {
    const result = translationFieldsSchema.safeParse({ title: 'Members', slug: '', summary: '', body: '', seoTitle: '', seoDescription: '' });
    expect(result.success).toBe(true);
    expect(result.data?.dateline).toBe('');
  });
});
