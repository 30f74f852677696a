import { describe, expect, it } from 'vitest';
import { glossarySegments, missingTerms, termPattern, termsIn } from './glossary';

const terms = [
  { id: 1, en: 'stateless person', ru: 'лицо без гражданства' },
  { id: 2, en: 'Almaty Process', ru: 'Алматинский процесс' },
  { id: 3, en: 'IOM', ru: 'МОМ' },
];

describe('glossary matching', () => {
  it('finds terms in other word forms, whole words only, whatever the case', () => {
    expect(termPattern('лицо без гражданства').test('помощь лицам без гражданства')).toBe(true);
    expect(termPattern('Алматинский процесс').test('участники Алматинского процесса')).toBe(true);
    expect(termPattern('stateless person').test('Stateless persons in the region')).toBe(true);
    expect(termPattern('IOM').test('the IOMX office')).toBe(false);
    expect(termPattern('МОМ').test('сотрудники МОМ')).toBe(true);
  });

  it('lists the terms a source uses', () => {
    expect(termsIn('The Almaty Process and IOM helped stateless persons.', terms, 'en').map((t) => t.id)).toEqual([1, 2, 3]);
    expect(termsIn('Nothing relevant here.', terms, 'en')).toEqual([]);
  });

  it('warns of approved translations the target lacks', () => {
    const source = 'IOM supports the Almaty Process and stateless persons.';
    const target = 'МОМ поддерживает Алматинский процесс и людей без документов.';
    expect(missingTerms(source, target, terms, 'en', 'ru').map((t) => t.ru)).toEqual(['лицо без гражданства']);
    expect(missingTerms(source, `${target} Помощь лицам без гражданства.`, terms, 'en', 'ru')).toEqual([]);
  });

  it('copes with regex characters in terms', () => {
    expect(termPattern('C++ (code)').test('we write C++ (code) daily')).toBe(true);
  });
});

describe('glossarySegments', () => {
  it('cuts the text around every occurrence of a term, in any word form, keeping all of the text', () => {
    const text = 'IOM helps stateless persons; the Almaty Process and IOM meet.';
    const segments = glossarySegments(text, terms, 'en');
    expect(segments.map((s) => s.text).join('')).toBe(text);
    expect(segments.filter((s) => s.term).map((s) => [s.text, s.term!.ru])).toEqual([
      ['IOM', 'МОМ'],
      ['stateless persons', 'лицо без гражданства'],
      ['Almaty Process', 'Алматинский процесс'],
      ['IOM', 'МОМ'],
    ]);
  });

  it('finds Russian terms in their inflected forms', () => {
    const segments = glossarySegments('Помощь лицам без гражданства.', terms, 'ru');
    expect(segments.filter((s) => s.term).map((s) => s.text)).toEqual(['лицам без гражданства']);
  });

  it('lets the longer of two overlapping terms win, and leaves a text without terms whole', () => {
    const overlapping = [...terms, { id: 4, en: 'Almaty', ru: 'Алматы' }];
    expect(glossarySegments('The Almaty Process.', overlapping, 'en').filter((s) => s.term).map((s) => s.term!.id)).toEqual([2]);
    expect(glossarySegments('Nothing here.', terms, 'en')).toEqual([{ text: 'Nothing here.' }]);
    expect(glossarySegments('', terms, 'en')).toEqual([]);
  });
});
