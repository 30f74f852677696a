import { describe, expect, it } from 'vitest';
import { escapeXml, renderRss } from './feed';

describe('escapeXml', () => {
  it('escapes markup so a title can never open an element', () => {
    expect(escapeXml(`<script>alert("x")</script> & 'q'`)).toBe('&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &apos;q&apos;');
  });

  it('drops control characters XML cannot carry, keeps Cyrillic, tabs and newlines', () => {
    expect(escapeXml('Мигранты\u0000\u0007 \t\nв Алматы')).toBe('Мигранты \t\nв Алматы');
  });
});

describe('renderRss', () => {
  const channel = {
    title: 'Пресс-центр',
    link: 'https://news.example.org/ru',
    selfUrl: 'https://news.example.org/ru/feed.xml',
    description: 'Новости',
    language: 'ru',
    items: [
      {
        title: 'A <b>bold</b> claim',
        link: 'https://news.example.org/ru/news/a?x=1&y=2',
        description: 'Summary & more',
        publishedAt: new Date('2026-05-04T06:00:00Z'),
        category: 'Пресс-релиз',
      },
    ],
  };

  it('names itself, its language and the newest item date', () => {
    const xml = renderRss(channel);
    expect(xml).toContain('<atom:link href="https://news.example.org/ru/feed.xml" rel="self" type="application/rss+xml"/>');
    expect(xml).toContain('<language>ru</language>');
    expect(xml).toContain('<lastBuildDate>Mon, 04 May 2026 06:00:00 GMT</lastBuildDate>');
  });

  it('escapes every item field', () => {
    const xml = renderRss(channel);
    expect(xml).toContain('<title>A &lt;b&gt;bold&lt;/b&gt; claim</title>');
    expect(xml).toContain('<link>https://news.example.org/ru/news/a?x=1&amp;y=2</link>');
    expect(xml).toContain('<description>Summary &amp; more</description>');
    expect(xml).not.toContain('<b>');
  });

  it('is a valid channel with no items when nothing is published', () => {
    const xml = renderRss({ ...channel, items: [] });
    expect(xml).not.toContain('<item>');
    expect(xml).not.toContain('lastBuildDate');
    expect(xml).toMatch(/<\/channel>\n<\/rss>\n$/);
  });
});
