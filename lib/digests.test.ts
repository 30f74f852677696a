import { describe, expect, it } from 'vitest';
import { formatIssueMonth, groupByYear } from './digests';

describe('formatIssueMonth', () => {
  it('writes the month out in each language, Russian in the nominative and without "г."', () => {
    expect(formatIssueMonth('2021-05', 'en')).toBe('May 2021');
    expect(formatIssueMonth('2021-05', 'ru')).toBe('май 2021');
    expect(formatIssueMonth('2021-01', 'ru')).toBe('январь 2021');
    expect(formatIssueMonth('2020-12', 'ru')).toBe('декабрь 2020');
    expect(formatIssueMonth('2021-03', 'ru')).toBe('март 2021');
  });

  it('capitalises a label that stands alone', () => {
    expect(formatIssueMonth('2021-05', 'ru', { standalone: true })).toBe('Май 2021');
    expect(formatIssueMonth('2021-05', 'en', { standalone: true })).toBe('May 2021');
  });

  it('keeps the month whatever the time zone: the first and the last month of a year', () => {
    expect(formatIssueMonth('2021-01', 'en')).toBe('January 2021');
    expect(formatIssueMonth('2021-12', 'en')).toBe('December 2021');
  });

  it('shows anything but YYYY-MM as it is', () => {
    expect(formatIssueMonth('2021-13', 'en')).toBe('2021-13');
    expect(formatIssueMonth('', 'ru')).toBe('');
  });
});

describe('groupByYear', () => {
  it('groups issues by the year they cover, keeping their order', () => {
    const issues = [{ issueMonth: '2022-02' }, { issueMonth: '2022-01' }, { issueMonth: '2021-12' }, { issueMonth: '2021-06' }, { issueMonth: '2019-03' }];
    expect(groupByYear(issues)).toEqual([
      { year: '2022', issues: [issues[0], issues[1]] },
      { year: '2021', issues: [issues[2], issues[3]] },
      { year: '2019', issues: [issues[4]] },
    ]);
    expect(groupByYear([])).toEqual([]);
  });
});
