import type { ContentLocale } from '@/db/schema';

export type TermPair = { id: number; en: string; ru: string; note?: string };

/**
 * A pattern that finds a term in running text, allowing for inflection: each word of four
 * letters or more may change its last two letters (лицо → лица, гражданства → гражданство;
 * person → persons). Case-insensitive, whole words.
 */
export function termPattern(term: string): RegExp {
  const words = term
    .trim()
    .split(/\s+/)
    .filter(Boolean)
    .map((word) => {
      const escaped = (w: string) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
      return word.length >= 4 ? `${escaped(word.slice(0, -2))}\\p{L}{0,3}` : escaped(word);
    });
  return new RegExp(`(?<![\\p{L}\\p{N}])${words.join('\\s+')}(?![\\p{L}\\p{N}])`, 'iu');
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
