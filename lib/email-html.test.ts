import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import type { RichTextDoc, RichTextNode } from '@/db/schema';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { absoluteUrl, emailStoryRefs, renderDigestEmail, type DigestEmailInput } from './email-html';

const t = (locale: 'en' | 'ru') => {
  const translator = createTranslator({ locale, messages: locale === 'en' ? en : ru, namespace: 'DigestEmail' });
  return (key: 'viewInBrowser' | 'readStory' | 'openDocument') => translator(key);
};
const text = (value: string, marks?: RichTextNode['marks']): RichTextNode => ({ type: 'text', text: value, ...(marks ? { marks } : {}) });
const doc = (...content: RichTextNode[]): RichTextDoc => ({ type: 'doc', content });
const SHA = 'b'.repeat(64);

const input = (over: Partial<DigestEmailInput> = {}): DigestEmailInput => ({
  locale: 'en',
  siteName: 'UN Central Asia Newsroom',
  title: 'Digest: June 2021',
  issueLabel: 'Monthly digest · June 2021',
  summary: 'Border crossings, a ministerial meeting and a new work plan.',
  body: doc(
    { type: 'heading', attrs: { level: 2, id: 'h' }, content: [text('This month')] },
    { type: 'paragraph', attrs: { id: 'p' }, content: [text('Read '), text('our report', [{ type: 'link', attrs: { href: '/en/resources' } }]), text(' or '), text('write', [{ type: 'link', attrs: { href: 'mailto:press@example.org' } }]), text('.')] },
    { type: 'bulletList', attrs: { id: 'l' }, content: [{ type: 'listItem', content: [{ type: 'paragraph', content: [text('One', [{ type: 'bold' }])] }] }] },
    { type: 'blockquote', attrs: { id: 'q' }, content: [{ type: 'paragraph', content: [text('Quoted.')] }] },
    { type: 'storyRef', attrs: { id: 's', entryId: 7 } },
    { type: 'document', attrs: { id: 'd', documentId: 3 } },
    { type: 'image', attrs: { id: 'i', mediaId: 5 } },
  ),
  storyRefs: new Map([[7, { title: 'Border crossings reopen', summary: 'Trade resumes.', url: '/en/news/border-crossings-reopen', locale: 'en' as const }]]),
  documents: new Map([[3, { title: 'Joint Work Plan', meta: 'Report · 2021', href: `/documents/3/en/${SHA}.pdf`, fileLocale: 'en' as const, details: 'PDF, 2 kB', note: null }]]),
  images: new Map([
    [
      5,
      {
        sha256: SHA,
        width: 2400,
        height: 1600,
        variants: [
          { width: 640, height: 427, bytes: 1 },
          { width: 1280, height: 853, bytes: 1 },
          { width: 2400, height: 1600, bytes: 1 },
        ],
        alt: 'Trucks at the border',
        caption: 'Zhibek Zholy checkpoint.',
        credit: 'Photo: IOM',
      },
    ],
  ]),
  baseUrl: 'https://newsroom.example.org/',
  footerText: 'IOM Central Asia\nAlmaty',
  webViewUrl: '/en/digest/june-2021',
  t: t('en'),
  ...over,
});

const hrefs = (html: string) => [...html.matchAll(/\s(?:href|src)="([^"]*)"/g)].map((m) => m[1]!);

describe('renderDigestEmail', () => {
  it('is one standalone HTML document: a 600 px table layout, inline styles only, no style element, classes or scripts', () => {
    const html = renderDigestEmail(input());
    expect(html.startsWith('<!DOCTYPE html>\n<html lang="en"')).toBe(true);
    expect(html.trimEnd().endsWith('</html>')).toBe(true);
    expect(html).toContain('<meta charset="utf-8">');
    expect(html).toContain('<title>Digest: June 2021</title>');
    expect(html).toMatch(/<table role="presentation" width="600"[^>]*style="[^"]*max-width:600px/);
    expect(html).not.toMatch(/<style|\sclass=|<script|<link|<iframe|<form|\son[a-z]+=/i);
  });

  it('makes every link and image absolute against the base URL', () => {
    const html = renderDigestEmail(input());
    expect(hrefs(html).sort()).toEqual(
      [
        'https://newsroom.example.org/en/digest/june-2021',
        'https://newsroom.example.org/en/digest/june-2021',
        'https://newsroom.example.org/en/resources',
        'mailto:press@example.org',
        'https://newsroom.example.org/en/news/border-crossings-reopen',
        'https://newsroom.example.org/en/news/border-crossings-reopen',
        `https://newsroom.example.org/documents/3/en/${SHA}.pdf`,
        `https://newsroom.example.org/documents/3/en/${SHA}.pdf`,
        `https://newsroom.example.org/media/images/${SHA}/1280.webp`,
      ].sort(),
    );
    // A base URL with a path keeps it.
    expect(hrefs(renderDigestEmail(input({ baseUrl: 'https://example.org/newsroom' })))).toContain('https://example.org/newsroom/en/resources');
    expect(() => renderDigestEmail(input({ baseUrl: 'javascript:alert(1)' }))).toThrow();
  });

  it('renders the body: headings, paragraphs, lists, quotes, an image with its alt text and caption', () => {
    const html = renderDigestEmail(input());
    expect(html).toMatch(/<h2 style="[^"]*">This month<\/h2>/);
    expect(html).toMatch(/<ul style="[^"]*"><li style="[^"]*"><strong>One<\/strong><\/li><\/ul>/);
    expect(html).toMatch(/<blockquote style="[^"]*"><p style="[^"]*">Quoted\.<\/p><\/blockquote>/);
    expect(html).toMatch(/<img src="[^"]+" width="552" height="368" alt="Trucks at the border" style="[^"]*"/);
    expect(html).toContain('Zhibek Zholy checkpoint. Photo: IOM');
    expect(html).toContain('IOM Central Asia<br>Almaty');
  });

  it('shows each story reference as a boxed item: the title linked, its summary and a link to read it', () => {
    const html = renderDigestEmail(input());
    expect(html).toMatch(/<table role="presentation" width="100%"[^>]*border:1px solid[^>]*><tr><td style="padding:16px;"><p [^>]*><a href="https:\/\/newsroom\.example\.org\/en\/news\/border-crossings-reopen" [^>]*>Border crossings reopen<\/a><\/p><p [^>]*>Trade resumes\.<\/p>/);
    expect(html).toContain('>Read the story &#8594;</a>');
    expect(html).toContain('>Joint Work Plan</a>');
    expect(html).toContain('Report · 2021');
    // A reference to a story with no live version, or to nothing, leaves no trace.
    const gone = renderDigestEmail(input({ storyRefs: new Map() }));
    expect(gone).not.toContain('Border crossings reopen');
    expect(gone).not.toContain('Read the story');
  });

  it('marks a story in another language and says so; the public cards adapt with emailStoryRefs', () => {
    const refs = emailStoryRefs(
      new Map([[7, { title: 'Border crossings reopen', summary: 'Trade resumes.', href: '/en/news/border-crossings-reopen', locale: 'en' as const, dateTime: '', date: '', note: 'Доступно только на английском языке' }]]),
    );
    const html = renderDigestEmail(input({ locale: 'ru', t: t('ru'), storyRefs: refs, title: 'Дайджест: июнь 2021' }));
    expect(html).toContain('<html lang="ru"');
    expect(html).toMatch(/<p [^>]*lang="en"><a href="https:\/\/newsroom\.example\.org\/en\/news\/border-crossings-reopen"/);
    expect(html).toContain('Читать материал &#8594;</a> · Доступно только на английском языке');
  });

  it('takes its interface strings from the messages in the issue’s language', () => {
    const english = renderDigestEmail(input());
    expect(english).toContain('>View in your browser</a>');
    expect(english).toContain('>Open the document</a>');
    const russian = renderDigestEmail(input({ locale: 'ru', t: t('ru') }));
    expect(russian).toContain('>Открыть в браузере</a>');
    expect(russian).toContain('>Читать материал &#8594;</a>');
    expect(russian).toContain('>Открыть документ</a>');
    expect(russian).not.toContain('View in your browser');
  });

  it('puts the summary first as the hidden preheader', () => {
    const html = renderDigestEmail(input());
    const body = html.slice(html.indexOf('<body'));
    expect(body).toMatch(/^<body[^>]*>\n<div style="display:none;[^"]*">Border crossings, a ministerial meeting and a new work plan\./);
  });

  it('escapes an XSS payload in every text input and lets through only http(s) and mailto links', () => {
    const payload = `"><script>alert(1)</script><img src=x onerror=alert(2)>'&`;
    const escaped = '&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&lt;img src=x onerror=alert(2)&gt;&#39;&amp;';
    const hostile = ['javascript:alert(1)', 'JaVaScRiPt:alert(1)', ' javascript:alert(1)', 'data:text/html,<script>alert(1)</script>', 'vbscript:msgbox(1)', '//evil.example/x', '/\\evil.example', 'java\tscript:alert(1)', 'tel:+77001234567', 'ftp://example.org/'];
    const html = renderDigestEmail(
      input({
        siteName: payload,
        title: payload,
        issueLabel: payload,
        summary: payload,
        footerText: payload,
        webViewUrl: 'javascript:alert(1)',
        body: doc(
          { type: 'heading', attrs: { level: 2 }, content: [text(payload)] },
          { type: 'paragraph', content: [text(payload), ...hostile.map((href) => text(`link ${href}`, [{ type: 'link', attrs: { href } }]))] },
          { type: 'paragraph', content: [text(payload, [{ type: 'link', attrs: { href: `https://example.org/"onmouseover="alert(1)` } }])] },
          { type: 'madeUp', attrs: { onclick: 'alert(1)' }, content: [text(payload)] },
          { type: 'storyRef', attrs: { entryId: 7 } },
          { type: 'storyRef', attrs: { entryId: 8 } },
          { type: 'document', attrs: { documentId: 3 } },
          { type: 'image', attrs: { mediaId: 5 } },
        ),
        storyRefs: new Map([
          [7, { title: payload, summary: payload, url: 'javascript:alert(1)', locale: 'en' as const, note: payload }],
          [8, { title: payload, summary: payload, url: '/en/news/x"><script>alert(3)</script>', locale: 'en' as const }],
        ]),
        documents: new Map([[3, { title: payload, meta: payload, href: 'data:application/pdf;base64,AAAA', fileLocale: 'en' as const, details: payload, note: payload }]]),
        images: new Map([[5, { sha256: SHA, width: 600, height: 400, variants: [{ width: 600, height: 400, bytes: 1 }], alt: payload, caption: payload, credit: payload }]]),
      }),
    );
    expect(html).not.toMatch(/<script|<img src=x/i);
    // In the markup itself (the words of a refused link stay as text): only the renderer's own
    // elements and attributes, every attribute value quoted and free of quotes and angle brackets.
    const tags = html.match(/<[^>]*>/g) ?? [];
    const elements = new Set(tags.map((tag) => /^<\/?([a-zA-Z0-9!]+)/.exec(tag)![1]!.toLowerCase()));
    for (const element of elements) expect(['!doctype', 'a', 'body', 'div', 'h1', 'h2', 'head', 'html', 'img', 'meta', 'p', 'table', 'td', 'title', 'tr']).toContain(element);
    for (const tag of tags) {
      const rest = tag.replace(/^<\/?[a-zA-Z0-9!]+/, '').replace(/\s[a-z-]+="[^"<>]*"/g, '').replace(/\/?>$/, '').trim();
      expect(rest === '' || rest === 'html', tag).toBe(true);
      for (const [, name] of tag.matchAll(/\s([a-z-]+)="/g)) expect(['lang', 'dir', 'xmlns', 'charset', 'http-equiv', 'content', 'name', 'style', 'role', 'width', 'height', 'cellpadding', 'cellspacing', 'border', 'align', 'href', 'src', 'alt']).toContain(name);
    }
    expect(html).toContain(`<title>${escaped}</title>`);
    expect(html.split(escaped).length - 1).toBeGreaterThanOrEqual(18);
    for (const href of hrefs(html)) expect(href).toMatch(/^(https:\/\/(newsroom\.)?example\.org\/|mailto:)/);
    // The hostile links keep their words, without a link; the web view link is left out.
    expect(html).toContain('link javascript:alert(1)');
    expect(html).not.toContain('View in your browser');
    // A quote in an allowed URL cannot end the attribute.
    expect(html).toContain('href="https://example.org/%22onmouseover=%22alert(1)"');
    expect(html).toContain('href="https://newsroom.example.org/en/news/x%22%3E%3Cscript%3Ealert(3)%3C/script%3E"');
  });
});

describe('absoluteUrl', () => {
  it('puts paths of the site after the base, keeps http(s) and mailto, refuses everything else', () => {
    const base = 'https://example.org';
    expect(absoluteUrl('/ru/news/тест', base)).toBe('https://example.org/ru/news/%D1%82%D0%B5%D1%81%D1%82');
    expect(absoluteUrl('https://www.iom.int/', base)).toBe('https://www.iom.int/');
    expect(absoluteUrl('mailto:a@example.org', base)).toBe('mailto:a@example.org');
    for (const bad of ['javascript:alert(1)', 'data:,x', '//evil.example', '/\\evil.example', 'relative/path', '', ' ', 'https://example.org/\nx', null, 42]) expect(absoluteUrl(bad, base)).toBeNull();
  });
});
