import { createTranslator } from 'next-intl';
import { describe, expect, it } from 'vitest';
import en from '@/messages/en.json';
import ru from '@/messages/ru.json';
import { formatCredit, formatCreditDate, isValidCreditDate } from './credit';

const line = (locale: 'en' | 'ru', credit: Parameters<typeof formatCredit>[0]) => {
  const t = createTranslator({ locale, messages: locale === 'en' ? en : ru, namespace: 'Media' });
  return t('credit', { credit: formatCredit(credit, locale) });
};

describe('credit lines', () => {
  it('read in each locale’s words and date format', () => {
    expect(line('en', { creditBy: 'IOM', creditPlace: 'Kazakhstan', creditDate: '2021-05' })).toBe('Photo: IOM, Kazakhstan, May 2021');
    expect(line('ru', { creditBy: 'МОМ', creditPlace: 'Казахстан', creditDate: '2021-05' })).toBe('Фото: МОМ, Казахстан, май 2021');
  });

  it('give a full date day first, a bare year as it is, and leave out what is unknown', () => {
    expect(formatCreditDate('2021-05-26', 'en')).toBe('26 May 2021');
    expect(formatCreditDate('2021-05-26', 'ru')).toMatch(/^26 мая 2021/);
    expect(formatCredit({ creditBy: 'UNHCR', creditPlace: '', creditDate: '2019' }, 'en')).toBe('UNHCR, 2019');
    expect(formatCredit({ creditBy: ' ', creditPlace: '', creditDate: null }, 'ru')).toBe('');
  });

  it('accept a year, a month or a real day, nothing else', () => {
    for (const ok of ['2021', '2021-05', '2021-05-26', '2024-02-29']) expect(isValidCreditDate(ok), ok).toBe(true);
    for (const bad of ['21', '2021-13', '2021-02-30', '2023-02-29', 'May 2021', '2021-5']) expect(isValidCreditDate(bad), bad).toBe(false);
  });
});
