import type { Locale } from '@/i18n/routing';
import { SITE_TIME_ZONE } from './format';

const MONTH = /^(\d{4})-(0[1-9]|1[0-2])$/;

/**
 * The month an issue covers (`YYYY-MM`), written out: "May 2021", "май 2021". Intl's own
 * month-and-year for Russian is "май 2021 г."; an issue's label reads better without the "г.", so
 * only the month (nominative, as Intl gives it beside a year) and the year are kept. `standalone`
 * capitalises it for a label of its own ("Май 2021"); inside a phrase it stays as written.
 */
export function formatIssueMonth(issueMonth: string, locale: Locale, { standalone = false }: { standalone?: boolean } = {}): string {
  const match = MONTH.exec(issueMonth);
  if (!match) return issueMonth;
  // Mid-month at noon UTC: the same month in any time zone, the site's included.
  const date = new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, 15, 12));
  const parts = new Intl.DateTimeFormat(locale, { month: 'long', year: 'numeric', timeZone: SITE_TIME_ZONE }).formatToParts(date);
  const month = parts.find((p) => p.type === 'month')?.value ?? '';
  const year = parts.find((p) => p.type === 'year')?.value ?? match[1]!;
  const text = `${month} ${year}`;
  return standalone ? text.charAt(0).toLocaleUpperCase(locale) + text.slice(1) : text;
}

/** Issues (newest first) grouped by the year they cover, the newest year first, order kept within. */
export function groupByYear<T extends { issueMonth: string }>(issues: readonly T[]): { year: string; issues: T[] }[] {
  const groups: { year: string; issues: T[] }[] = [];
  for (const issue of issues) {
    const year = issue.issueMonth.slice(0, 4);
    const last = groups.at(-1);
    if (last && last.year === year) last.issues.push(issue);
    else groups.push({ year, issues: [issue] });
  }
  return groups;
}
