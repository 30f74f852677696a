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
