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
