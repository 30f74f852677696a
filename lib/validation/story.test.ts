import { describe, expect, it } from 'vitest';
import { richTextJsonSchema, translationFieldsSchema } from './story';

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
