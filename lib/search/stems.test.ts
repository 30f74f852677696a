import { describe, expect, it } from 'vitest';
import { matchExpression, queryStems, snippet, stem, stemmedText } from './stems';

describe('stems', () => {
  it('brings Russian and English word forms to one stem', () => {
    expect(stem('мигрантам')).toBe(stem('мигрантов'));
    expect(stem('Мигранты')).toBe(stem('мигрант'));
    expect(stem('гражданства')).toBe(stem('гражданство'));
    expect(stem('migrants')).toBe(stem('migrant'));
    expect(stem('Persons')).toBe(stem('person'));
  });

  it('gives Russian words that drop a vowel (беженец, беженцы) one stem for all their forms', () => {
    for (const [first, ...others] of [
      ['беженец', 'беженцы', 'беженцев', 'беженцам'],
      ['ребёнок', 'ребенка', 'ребёнку'],
      ['отец', 'отца', 'отцов'],
      ['конец', 'конца'],
      ['рынок', 'рынка', 'рынков'],
      ['человек', 'человека'],
      ['восток', 'востока'],
    ]) {
      for (const other of others) expect(stem(other!), `${first} ~ ${other}`).toBe(stem(first!));
    }
    // Words that keep their vowel are not brought together with others.
    expect(stem('проект')).not.toBe(stem('прок'));
    expect(stem('мигрантам')).toBe('мигрант');
  });

  it('stems each word by its own script and treats ё as е', () => {
    expect(stemmedText('МОМ и IOM helped мигрантам')).toBe(['мом', 'и', 'iom', 'help', stem('мигрантам')].join(' '));
    expect(stem('ещё')).toBe(stem('еще'));
  });

  it('keeps digits and words of other scripts as they are, lower-cased', () => {
    expect(stemmedText('COVID-19 in 2021')).toBe('covid 19 in 2021');
  });
});

describe('query', () => {
  it('gives each distinct stem once, at most twelve', () => {
    expect(queryStems('Migrants, migrant; MIGRANT')).toEqual(['migrant']);
    expect(queryStems(Array.from({ length: 20 }, (_, i) => `word${i}`).join(' '))).toHaveLength(12);
  });

  it('quotes every stem, so no character of a query is FTS5 syntax', () => {
    for (const hostile of ['"', '*', 'NEAR(a b)', 'a OR b', '-x', '^y', 'col:z', '(((', "'; DROP TABLE x; --", '\u0000']) {
      const expression = matchExpression(queryStems(hostile));
      if (expression === null) continue;
      expect(expression).toMatch(/^"[^"]+"( AND "[^"]+")*$/);
    }
    expect(matchExpression(queryStems('a OR b'))).toBe('"a" AND "or" AND "b"');
    expect(matchExpression(queryStems('*** ???'))).toBeNull();
  });
});

describe('snippet', () => {
  const text = Array.from({ length: 60 }, (_, i) => `w${i}`).join(' ') + ' мигрантов ' + Array.from({ length: 60 }, (_, i) => `x${i}`).join(' ');

  it('shows the words around the first match, the match marked, and says where it was cut', () => {
    const s = snippet(text, [stem('мигрантам')], 12);
    expect(s.cutStart).toBe(true);
    expect(s.cutEnd).toBe(true);
    expect(s.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['мигрантов']);
    const shown = s.parts.map((p) => p.text).join('');
    expect(shown.split(' ').filter(Boolean)).toHaveLength(12);
    expect(text).toContain(shown.trim());
  });

  it('starts at the beginning of a short text and keeps all of it', () => {
    const s = snippet('Помощь мигрантам в Казахстане.', [stem('мигранты')]);
    expect(s).toEqual({ parts: [{ text: 'Помощь ', hit: false }, { text: 'мигрантам', hit: true }, { text: ' в Казахстане.', hit: false }], cutStart: false, cutEnd: false });
  });
});

describe('snippet on a long text', () => {
  it('marks every form of the word, the English exceptions too', () => {
    const s = snippet('The dying art of lying: migrants died, a migrant dies.', [stem('dying'), stem('migrants')], 100);
    expect(s.parts.filter((p) => p.hit).map((p) => p.text)).toEqual(['dying', 'migrants', 'died', 'migrant', 'dies']);
  });
});
