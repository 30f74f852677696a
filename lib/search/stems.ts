import snowball from 'snowball-stemmers';

/**
 * Word stems for the public search: the index and the query go through the same function, so
 * "мигрантам" finds "мигрантов" and "migrants" finds "migrant". Each word is stemmed by its own
 * script (Cyrillic: Russian Snowball; Latin: English Snowball), whatever the page's language:
 * Russian texts quote English names and the other way round.
 */
const russian = snowball.newStemmer('russian');
const english = snowball.newStemmer('english');

const WORD = /[\p{L}\p{N}]+(?:['’]\p{L}+)?/gu;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;
/** Longer words are cut: no real word is this long, and a query of any length stays cheap. */
const MAX_WORD = 40;

export type Word = { text: string; start: number; end: number; stem: string };

/**
 * Russian drops the vowel of -ец, -ок, -ек in every form but the first: беженец, беженцы; ребёнок,
 * ребёнка. Snowball keeps the stems apart (беженец / беженц), so a search for «беженец» missed
 * every text saying «беженцев». Dropped here from any stem ending so after a consonant, which
 * gives all forms one stem (a stem already without the vowel is left as it is).
 */
const FLEETING_VOWEL = /(?<=[бвгджзклмнпрстфхцчшщ])[ео](?=[цк]$)/u;

export function stem(word: string): string {
  const lower = word.normalize('NFC').toLowerCase().replace(/ё/g, 'е').replace(/['’]/g, '').slice(0, MAX_WORD);
  if (CYRILLIC.test(lower)) {
    const stemmed = russian.stem(lower);
    return stemmed.length >= 4 ? stemmed.replace(FLEETING_VOWEL, '') : stemmed;
  }
  if (LATIN.test(lower)) return english.stem(lower);
  return lower;
}

/** Every word of a text with where it stands and its stem. */
export function words(text: string): Word[] {
  return [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length, stem: stem(m[0]) }));
}

/** What the full-text index holds for a text: its stems, space-separated. */
export function stemmedText(text: string): string {
  return words(text)
    .map((w) => w.stem)
    .join(' ');
}

/** At most this many words of a query count (the rest are ignored). */
export const MAX_QUERY_WORDS = 12;

/** The distinct stems of a query, in order, at most MAX_QUERY_WORDS. */
export function queryStems(query: string): string[] {
  return [...new Set(words(query).map((w) => w.stem))].filter(Boolean).slice(0, MAX_QUERY_WORDS);
}

/**
 * An FTS5 MATCH expression that finds texts with every stem, or null when the query has no words.
 * Each stem is a quoted string (its quotes doubled), so no character of a query is ever read as
 * FTS5 syntax.
 */
export function matchExpression(stems: readonly string[]): string | null {
  if (stems.length === 0) return null;
  return stems.map((s) => `"${s.replace(/"/g, '""')}"`).join(' AND ');
}

export type SnippetPart = { text: string; hit: boolean };
export type Snippet = { parts: SnippetPart[]; cutStart: boolean; cutEnd: boolean };

/**
 * A piece of a text around its first word matching the query (about `size` words), each
 * matching word marked: what a search result shows under its title. Only words that begin like
 * a wanted stem are stemmed (a stem begins with its words' first letter, even in the English
 * exceptions such as dying → die):
 * a long body costs a scan, not a stemming of every word.
 */
export function snippet(text: string, stems: readonly string[], size = 30): Snippet {
  const all = [...text.matchAll(WORD)].map((m) => ({ text: m[0], start: m.index, end: m.index + m[0].length }));
  if (all.length === 0) return { parts: text ? [{ text, hit: false }] : [], cutStart: false, cutEnd: false };
  const wanted = new Set(stems);
  const starts = [...new Set(stems.map((s) => s.slice(0, 1)))];
  const hits = new Map<number, boolean>();
  const isHit = (i: number): boolean => {
    let hit = hits.get(i);
    if (hit === undefined) {
      const lower = all[i]!.text.toLowerCase().replace(/ё/g, 'е');
      hit = starts.some((p) => lower.startsWith(p)) && wanted.has(stem(all[i]!.text));
      hits.set(i, hit);
    }
    return hit;
  };
  let first = 0;
  while (first < all.length && !isHit(first)) first++;
  if (first === all.length) first = 0;
  const from = Math.max(0, Math.min(first - Math.floor(size / 3), all.length - size));
  const to = Math.min(all.length, from + size);
  const start = from === 0 ? 0 : all[from]!.start;
  const end = to >= all.length ? text.length : all[to - 1]!.end;
  const parts: SnippetPart[] = [];
  let at = start;
  for (let i = from; i < to; i++) {
    if (!isHit(i)) continue;
    const w = all[i]!;
    if (w.start > at) parts.push({ text: text.slice(at, w.start), hit: false });
    parts.push({ text: w.text, hit: true });
    at = w.end;
  }
  if (end > at) parts.push({ text: text.slice(at, end), hit: false });
  return { parts, cutStart: from > 0, cutEnd: to < all.length };
}
