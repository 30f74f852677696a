import { describe, expect, it } from 'vitest';
import type { RichTextDoc } from '@/db/schema';
import { plainText, safeHref, withBlockIds } from './rich-text';

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
