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

  it('matches terms that end in a digit or punctuation as written, whole', () => {
    expect(termPattern('COVID-19').test('the COVID-19 pandemic')).toBe(true);
    expect(termPattern('COVID-19').test('after COVID-19, borders reopened')).toBe(true);
    expect(termPattern('COVID-19').test('COVID-19-related restrictions')).toBe(true);
    expect(termPattern('covid-19').test('COVID-19')).toBe(true);
    expect(termPattern('COVID-19').test('COVID-1 and COVID-2')).toBe(false);
    expect(termPattern('COVID-19').test('COVID-199')).toBe(false);
    expect(termPattern('COVID-19').test('COVID-19x')).toBe(false);
    expect(termPattern('G20').test('the G20 summit')).toBe(true);
    expect(termPattern('G20').test('at the G20.')).toBe(true);
    expect(termPattern('G20').test('G200 members')).toBe(false);
    expect(termPattern('G20').test('AG20 members')).toBe(false);
    expect(termPattern('G20').test('G2 and G2O')).toBe(false);
  });

  it('matches terms that start or end in punctuation, needing no boundary on that side', () => {
    expect(termPattern('(IOM)').test('the International Organization for Migration (IOM) said')).toBe(true);
    expect(termPattern('(IOM)').test('Migration(IOM)')).toBe(true);
    expect(termPattern('(IOM)').test('(IOMs)')).toBe(false);
    expect(termPattern('(IOM)').test('(IO)')).toBe(false);
    expect(termPattern('IOM').test('(IOM)')).toBe(true);
    expect(termPattern('(МОМ)').test('Международная организация по миграции (МОМ) сообщила')).toBe(true);
    expect(termPattern('UN-Habitat').test('with UN-Habitat, UNHCR')).toBe(true);
    expect(termPattern('Habitat').test('UN-Habitat')).toBe(true);
  });

  it('still inflects a word ending in letters after a hyphen, and no further', () => {
    expect(termPattern('e-mail').test('send an e-mail')).toBe(true);
    expect(termPattern('e-mail').test('two e-mails were sent')).toBe(true);
    expect(termPattern('e-mail').test('E-MAIL')).toBe(true);
    expect(termPattern('e-mail').test('email')).toBe(false);
    expect(termPattern('e-mail').test('re-mail')).toBe(false);
    expect(termPattern('e-mail').test('e-mailbox')).toBe(false);
  });

  it('keeps Cyrillic boundaries and inflection with digits and punctuation around', () => {
    expect(termPattern('беженец').test('права беженцев')).toBe(true);
    expect(termPattern('беженцы').test('права беженцев')).toBe(true);
    expect(termPattern('беженцы').test('небеженцы')).toBe(false);
    expect(termPattern('МОМ').test('МОМ2')).toBe(false);
    expect(termPattern('МОМ').test('2МОМ')).toBe(false);
    expect(termPattern('МОМ').test('«МОМ»')).toBe(true);
    expect(termPattern('Повестка-2030').test('Повестка-2030 в регионе')).toBe(true);
    expect(termPattern('Повестка-2030').test('Повестка-20301')).toBe(false);
    expect(termPattern('лицо без гражданства').test('лица\u00a0без гражданства')).toBe(true); // a no-break space
  });

  it('finds nothing for an empty term', () => {
    expect(termPattern('   ').test('anything')).toBe(false);
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
