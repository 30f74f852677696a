import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/db/schema';
import { plainText, safeHref, withBlockIds, withoutUnsafeLinks } from './rich-text';

describe('safeHref', () => {
  it('allows http, https, mailto, tel and same-site paths', () => {
    expect(safeHref('https://www.iom.int/')).toBe('https://www.iom.int/');
    expect(safeHref('http://example.org/a?b=1')).toBe('http://example.org/a?b=1');
    expect(safeHref('mailto:iomtashkent@iom.int')).toBe('mailto:iomtashkent@iom.int');
    expect(safeHref('tel:+77172000000')).toBe('tel:+77172000000');
    expect(safeHref('/en/news/some-story')).toBe('/en/news/some-story');
  });

  it('refuses script, data and protocol-relative targets however they are dressed up', () => {
    for (const bad of [
      'javascript:alert(1)',
      ' JaVaScRiPt:alert(1)',
      'java\tscript:alert(1)',
      'data:text/html,<script>alert(1)</script>',
      'vbscript:msgbox(1)',
      '//evil.example.org',
      '/\\evil.example.org',
      'relative/path',
      '',
      42,
      null,
    ]) {
      expect(safeHref(bad), String(bad)).toBeNull();
    }
  });
});

describe('plainText', () => {
  it('joins blocks with blank lines and keeps inline text together', () => {
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        { type: 'heading', content: [{ type: 'text', text: 'Title' }] },
        { type: 'paragraph', content: [{ type: 'text', text: 'One ' }, { type: 'text', text: 'two', marks: [{ type: 'bold' }] }] },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Item' }] }] }] },
      ],
    };
    expect(plainText(doc)).toBe('Title\n\nOne two\n\nItem');
  });
});

describe('withBlockIds', () => {
  it('adds an id to each block that lacks one and keeps existing ids', () => {
    let n = 0;
    const doc = withBlockIds(
      { type: 'doc', content: [{ type: 'paragraph', attrs: { id: 'keep' } }, { type: 'paragraph' }, { type: 'heading', attrs: { level: 2, id: '' } }] },
      () => `new-${++n}`,
    );
    expect(doc.content.map((b) => b.attrs?.id)).toEqual(['keep', 'new-1', 'new-2']);
    expect(doc.content[2]?.attrs?.level).toBe(2);
  });
});

describe('withoutUnsafeLinks', () => {
  it('removes link marks with script, data or other unsafe targets and keeps their text and safe links', () => {
    const link = (href: unknown) => ({ type: 'link', attrs: { href, target: '_blank' } });
    const doc: RichTextDoc = {
      type: 'doc',
      content: [
        {
          type: 'paragraph',
          attrs: { id: 'p1' },
          content: [
            { type: 'text', text: 'bad', marks: [{ type: 'bold' }, link('javascript:window.__xss=1')] },
            { type: 'text', text: 'data', marks: [link('data:text/html;base64,PHNjcmlwdD4=')] },
            { type: 'text', text: 'tab', marks: [link('java\tscript:alert(1)')] },
            { type: 'text', text: 'good', marks: [link(' https://www.iom.int ')] },
          ],
        },
        { type: 'bulletList', content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'nested', marks: [link('vbscript:x')] }] }] }] },
      ],
    };
    const clean = withoutUnsafeLinks(doc);
    const texts = clean.content[0]!.content!;
    expect(texts[0]).toEqual({ type: 'text', text: 'bad', marks: [{ type: 'bold' }] });
    expect(texts[1]).toEqual({ type: 'text', text: 'data', marks: [] });
    expect(texts[2]!.marks).toEqual([]);
    expect(texts[3]!.marks).toEqual([{ type: 'link', attrs: { href: 'https://www.iom.int/', target: '_blank' } }]);
    expect(clean.content[1]!.content![0]!.content![0]!.content![0]!.marks).toEqual([]);
    expect(clean.content[0]!.attrs).toEqual({ id: 'p1' });
    expect(plainText(clean)).toBe(plainText(doc));
  });
});
