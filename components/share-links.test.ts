import { describe, expect, it } from 'vitest';
import { shareLinks } from './share-links';

describe('shareLinks', () => {
  it('hands each network the page’s address and title, encoded, with no script of theirs', () => {
    const links = Object.fromEntries(shareLinks('https://example.org/ru/news/novost?a=1&b=2', 'Мигранты & беженцы').map((l) => [l.network, l.href]));
    expect(Object.keys(links)).toEqual(['facebook', 'x', 'telegram', 'whatsapp', 'email']);
    expect(links.facebook).toBe('https://www.facebook.com/sharer/sharer.php?u=https%3A%2F%2Fexample.org%2Fru%2Fnews%2Fnovost%3Fa%3D1%26b%3D2');
    expect(new URL(links.x!).searchParams.get('text')).toBe('Мигранты & беженцы');
    expect(new URL(links.telegram!).searchParams.get('url')).toBe('https://example.org/ru/news/novost?a=1&b=2');
    expect(new URL(links.whatsapp!).searchParams.get('text')).toBe('Мигранты & беженцы https://example.org/ru/news/novost?a=1&b=2');
    expect(links.email).toBe('mailto:?subject=%D0%9C%D0%B8%D0%B3%D1%80%D0%B0%D0%BD%D1%82%D1%8B%20%26%20%D0%B1%D0%B5%D0%B6%D0%B5%D0%BD%D1%86%D1%8B&body=https%3A%2F%2Fexample.org%2Fru%2Fnews%2Fnovost%3Fa%3D1%26b%3D2');
  });
});
