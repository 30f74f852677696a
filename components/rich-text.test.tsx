import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '@/db/schema';
import { RichText, type BodyImages } from './rich-text';

const render = (...content: RichTextNode[]) => renderToStaticMarkup(<RichText doc={{ type: 'doc', content } as RichTextDoc} />);
const renderWith = (images: BodyImages, ...content: RichTextNode[]) => renderToStaticMarkup(<RichText doc={{ type: 'doc', content } as RichTextDoc} images={images} />);
const SHA = 'a'.repeat(64);
const photo = {
  sha256: SHA,
  width: 1200,
  height: 800,
  variants: [
    { width: 320, height: 213, bytes: 1 },
    { width: 960, height: 640, bytes: 1 },
    { width: 1200, height: 800, bytes: 1 },
  ],
  alt: 'Volunteers <b>hand out</b> water',
  caption: 'At the Zhibek Zholy checkpoint.',
  credit: 'Photo: IOM, Kazakhstan, May 2021',
};
const t = (text: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text, marks });

describe('RichText', () => {
  it('renders the allowed blocks and marks as plain HTML elements', () => {
    const html = render(
      { type: 'heading', attrs: { level: 2, id: 'h1' }, content: [t('Heading')] },
      { type: 'paragraph', attrs: { id: 'p1' }, content: [t('bold', [{ type: 'bold' }]), t(' and '), t('link', [{ type: 'link', attrs: { href: 'https://www.unhcr.org/' } }])] },
      { type: 'blockquote', content: [{ type: 'paragraph', content: [t('Quote')] }] },
      { type: 'orderedList', attrs: { start: 3 }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [t('Item')] }] }] },
    );
    expect(html).toBe(
      '<div><h2 id="block-h1">Heading</h2><p id="block-p1"><strong>bold</strong> and <a href="https://www.unhcr.org/" rel="noopener noreferrer">link</a></p>' +
        '<blockquote><p>Quote</p></blockquote><ol start="3"><li><p>Item</p></li></ol></div>',
    );
  });

  it('never lets stored text through as markup', () => {
    const html = render({ type: 'paragraph', content: [t('<script>alert(1)</script><img src=x onerror=alert(1)>')] });
    expect(html).not.toContain('<script');
    expect(html).not.toContain('<img');
    expect(html).toContain('&lt;script&gt;');
  });

  it('drops unsafe links but keeps their words', () => {
    const html = render({ type: 'paragraph', content: [t('click', [{ type: 'link', attrs: { href: 'javascript:alert(1)' } }])] });
    expect(html).toBe('<div><p>click</p></div>');
  });

  it('drops unknown nodes, marks and attributes', () => {
    const html = render(
      { type: 'iframe', attrs: { src: 'https://evil.example.org' }, content: [t('inner words')] },
      { type: 'paragraph', attrs: { onclick: 'alert(1)', style: 'color:red', id: '"><script>' }, content: [t('x', [{ type: 'onmouseover' }])] },
      { type: 'image', attrs: { src: 'javascript:alert(1)' } },
    );
    expect(html).toBe('<div><div>inner words</div><p>x</p></div>');
  });

  it('keeps the page title the only h1: body headings are clamped to h2–h4', () => {
    expect(render({ type: 'heading', attrs: { level: 1 }, content: [t('a')] })).toBe('<div><h2>a</h2></div>');
    expect(render({ type: 'heading', attrs: { level: 6 }, content: [t('b')] })).toBe('<div><h4>b</h4></div>');
  });
});

describe('RichText image blocks', () => {
  it('render as a figure with the library’s variants, alt text, caption and credit, lazily', () => {
    const html = renderWith(new Map([[5, photo]]), { type: 'image', attrs: { id: 'img-1', mediaId: 5 } });
    expect(html).toContain('<figure id="block-img-1">');
    expect(html).toContain(`srcSet="/media/images/${SHA}/320.webp 320w, /media/images/${SHA}/960.webp 960w, /media/images/${SHA}/1200.webp 1200w"`);
    expect(html).toContain('alt="Volunteers &lt;b&gt;hand out&lt;/b&gt; water"');
    expect(html).toContain('width="1200" height="800"');
    expect(html).toContain('loading="lazy"');
    expect(html).toMatch(/<figcaption[^>]*><span>At the Zhibek Zholy checkpoint\.<\/span> <span[^>]*>Photo: IOM, Kazakhstan, May 2021<\/span><\/figcaption>/);
  });

  it('show nothing for an image the page did not load (deleted, or a bad id) and never a stored URL', () => {
    const images = new Map([[5, photo]]);
    expect(renderWith(images, { type: 'image', attrs: { mediaId: 6 } })).toBe('<div></div>');
    expect(renderWith(images, { type: 'image', attrs: { mediaId: '5' } })).toBe('<div></div>');
    expect(renderWith(images, { type: 'image', attrs: { mediaId: 5, src: 'javascript:alert(1)' } })).not.toContain('javascript');
  });
});

describe('RichText document blocks', () => {
  const card = {
    title: 'Joint Work Plan <2021>',
    meta: 'Report · 2021',
    href: `/documents/4/en/${'b'.repeat(64)}.pdf`,
    fileLocale: 'en' as const,
    details: 'PDF, 2 kB',
    note: 'Доступно только на английском языке',
  };
  const withDocs = (...content: RichTextNode[]) =>
    renderToStaticMarkup(<RichText doc={{ type: 'doc', content } as RichTextDoc} documents={new Map([[4, card]])} />);

  it('renders a card whose link names the document and points at its file in the given language, saying when that is another language', () => {
    const html = withDocs({ type: 'document', attrs: { id: 'd1', documentId: 4 } });
    expect(html).toContain('id="block-d1"');
    expect(html).toContain(`<a href="${card.href}" hrefLang="en" type="application/pdf" aria-describedby="block-d1-details">Joint Work Plan &lt;2021&gt;</a>`);
    expect(html).toContain('Report · 2021');
    expect(html).toContain('PDF, 2 kB · Доступно только на английском языке');
  });

  it('renders nothing for a document that no longer exists, a bad id or a document block inside another block', () => {
    expect(withDocs({ type: 'document', attrs: { id: 'd1', documentId: 5 } })).toBe('<div></div>');
    expect(withDocs({ type: 'document', attrs: { documentId: '4' } })).toBe('<div></div>');
    expect(withDocs({ type: 'blockquote', content: [{ type: 'document', attrs: { documentId: 4 } }] })).toBe('<div><blockquote></blockquote></div>');
  });
});

describe('RichText story references', () => {
  const card = {
    title: 'Migrants <b>helped</b> at the border',
    summary: 'Water & shade.',
    href: '/en/news/migrants-helped',
    locale: 'en' as const,
    dateTime: '2021-06-20T06:00:00.000Z',
    date: '20 июня 2021 г.',
    note: 'Доступно только на английском языке',
  };
  const withRefs = (...content: RichTextNode[]) => renderToStaticMarkup(<RichText doc={{ type: 'doc', content } as RichTextDoc} storyRefs={new Map([[4, card]])} />);

  it('renders a card linking the story, its summary and date, marking a version in another language and saying so', () => {
    const html = withRefs({ type: 'storyRef', attrs: { id: 's1', entryId: 4 } });
    expect(html).toContain('id="block-s1"');
    expect(html).toContain('<p class="text-lg font-semibold leading-snug" lang="en"><a href="/en/news/migrants-helped" hrefLang="en">Migrants &lt;b&gt;helped&lt;/b&gt; at the border</a></p>');
    expect(html).toContain('Water &amp; shade.');
    expect(html).toContain('<time dateTime="2021-06-20T06:00:00.000Z">20 июня 2021 г.</time> · Доступно только на английском языке');
  });

  it('marks no other language when the version is the reader’s own', () => {
    const html = renderToStaticMarkup(<RichText doc={{ type: 'doc', content: [{ type: 'storyRef', attrs: { entryId: 4 } }] }} storyRefs={new Map([[4, { ...card, note: null }]])} />);
    expect(html).not.toContain('lang=');
    expect(html).not.toContain(' · ');
  });

  it('renders nothing for a story not live, a bad id or a reference inside another block', () => {
    expect(withRefs({ type: 'storyRef', attrs: { id: 's1', entryId: 5 } })).toBe('<div></div>');
    expect(withRefs({ type: 'storyRef', attrs: { entryId: '4' } })).toBe('<div></div>');
    expect(withRefs({ type: 'blockquote', content: [{ type: 'storyRef', attrs: { entryId: 4 } }] })).toBe('<div><blockquote></blockquote></div>');
  });
});
