import type { ContentLocale } from '@/db/schema';

export type TermPair = { id: number; en: string; ru: string; note?: string };

/** What counts as part of a word on either side of a term: letters (with their marks) and digits, in any script. */
const WORD_CHAR = '[\\p{L}\\p{M}\\p{N}]';
const escaped = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * One word of a term as a pattern. A word ending in a run of four letters or more may change the
 * last two of them and add up to three (лицо → лица, гражданства → гражданство; person →
 * persons; e-mail → e-mails). A word ending in a digit or punctuation (COVID-19, G20, (IOM)) is
 * matched as written: there is nothing there to inflect, and "COVID-1" must not stand for it.
 */
function wordPattern(word: string): string {
  const letters = /\p{L}+$/u.exec(word)?.[0] ?? '';
  if ([...letters].length < 4) return escaped(word);
  const stem = word.slice(0, word.length - letters.length) + [...letters].slice(0, -2).join('');
  return `${escaped(stem)}\\p{L}{0,3}`;
}

/**
 * A pattern that finds a term in running text, allowing for inflection (see wordPattern).
 * Case-insensitive, whole words: a term that starts (ends) with a letter or digit must not have
 * one just before (after) it, in any script — `\b` would not do, as it knows only ASCII letters
 * (it fails on Cyrillic) and needs a word character on the term's own side (it fails on "(IOM)").
 * A term that starts or ends with punctuation needs no boundary on that side.
 */
export function termPattern(term: string): RegExp {
  const words = term.trim().split(/\s+/).filter(Boolean);
  if (words.length === 0) return /(?!)/u;
  const first = words[0]!;
  const last = words[words.length - 1]!;
  const isWordChar = (c: string | undefined) => c !== undefined && new RegExp(`^${WORD_CHAR}$`, 'u').test(c);
  const before = isWordChar([...first][0]) ? `(?<!${WORD_CHAR})` : '';
  const after = isWordChar([...last].at(-1)) ? `(?!${WORD_CHAR})` : '';
  return new RegExp(`${before}${words.map(wordPattern).join('\\s+')}${after}`, 'iu');
}

/** The approved pairs whose source-language term occurs in the source text. */
export function termsIn(text: string, terms: TermPair[], locale: ContentLocale): TermPair[] {
  return terms.filter((t) => t[locale].trim() !== '' && termPattern(t[locale]).test(text));
}

/**
 * Terms the source uses whose approved translation the target lacks: what a translator is
 * warned about before submitting.
 */
export function missingTerms(sourceText: string, targetText: string, terms: TermPair[], sourceLocale: ContentLocale, targetLocale: ContentLocale): TermPair[] {
  return termsIn(sourceText, terms, sourceLocale).filter((t) => !termPattern(t[targetLocale]).test(targetText));
}

export type GlossarySegment = { text: string; term?: TermPair };

/**
 * Cuts a text into runs, each occurrence of a glossary term its own run carrying its pair, so the
 * translation workspace can highlight the terms in the source with their approved translation.
 * Where two terms overlap, the one that starts first wins, and of those the longer.
 */
export function glossarySegments(text: string, terms: TermPair[], locale: ContentLocale): GlossarySegment[] {
  const hits: { start: number; end: number; term: TermPair }[] = [];
  for (const term of terms) {
    if (term[locale].trim() === '') continue;
    const pattern = new RegExp(termPattern(term[locale]).source, 'giu');
    for (const match of text.matchAll(pattern)) hits.push({ start: match.index, end: match.index + match[0].length, term });
  }
  hits.sort((a, b) => a.start - b.start || b.end - a.end);
  const segments: GlossarySegment[] = [];
  let at = 0;
  for (const hit of hits) {
    if (hit.start < at || hit.end === hit.start) continue;
    if (hit.start > at) segments.push({ text: text.slice(at, hit.start) });
    segments.push({ text: text.slice(hit.start, hit.end), term: hit.term });
    at = hit.end;
  }
  if (at < text.length) segments.push({ text: text.slice(at) });
  return segments;
}
