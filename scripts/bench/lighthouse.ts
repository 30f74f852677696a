// Lighthouse (mobile, its default: a moto-G-class phone on slow 4G, simulated) on pages of the
// running server, in the Chromium the end-to-end tests use.
import { existsSync } from 'node:fs';
import * as chromeLauncher from 'chrome-launcher';
import lighthouse from 'lighthouse';
import { percentile } from './report';

export const CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const;
export type Category = (typeof CATEGORIES)[number];

export type LighthouseResult = {
  scores: Record<Category, number | null>;
  /** Audits that cost points, per category (title and score), for the report. */
  failing: Partial<Record<Category, string[]>>;
  runs: number;
  /** The element Lighthouse took for the Largest Contentful Paint (its HTML, shortened), last run. */
  lcpElement: string | null;
  /** Cumulative Layout Shift, the worst of the runs (issue 7 wants none on the story page). */
  cls: number | null;
};

function chromePath(): string | undefined {
  if (process.env.CHROME_PATH) return process.env.CHROME_PATH;
  return existsSync('/usr/bin/chromium') ? '/usr/bin/chromium' : undefined;
}

/** Scores 0–100 per category, the median of `runs` runs (each in a fresh browser). */
export async function audit(url: string, runs = 1): Promise<LighthouseResult> {
  const all: Record<Category, number[]> = { performance: [], accessibility: [], 'best-practices': [], seo: [] };
  // Per category, per audit title: its score and shown value in each run that lost points on it.
  const failing: Partial<Record<Category, Map<string, string[]>>> = {};
  let lcpElement: string | null = null;
  let cls: number | null = null;
  for (let run = 0; run < runs; run++) {
    const chrome = await chromeLauncher.launch({
      chromePath: chromePath(),
      chromeFlags: ['--headless=new', '--no-sandbox', '--disable-gpu', '--disable-dev-shm-usage'],
      logLevel: 'silent',
    });
    try {
      const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...CATEGORIES] });
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
      const { lhr } = result;
      if (lhr.runtimeError) throw new Error(`Lighthouse on ${url}: ${lhr.runtimeError.code} ${lhr.runtimeError.message}`);
      lcpElement = lcpSnippet(lhr.audits['largest-contentful-paint-element']?.details) ?? lcpElement;
      const shift = lhr.audits['cumulative-layout-shift']?.numericValue;
      if (typeof shift === 'number') cls = Math.max(cls ?? 0, shift);
      for (const category of CATEGORIES) {
        const c = lhr.categories[category];
        if (c?.score == null) continue;
        all[category].push(Math.round(c.score * 100));
        for (const ref of c.auditRefs) {
          const a = lhr.audits[ref.id];
          if (!a || ref.weight === 0 || a.score === null || a.score >= 1) continue;
          if (a.scoreDisplayMode !== 'binary' && a.scoreDisplayMode !== 'numeric' && a.scoreDisplayMode !== 'metricSavings') continue;
          const byTitle = (failing[category] ??= new Map());
          byTitle.set(a.title, [...(byTitle.get(a.title) ?? []), `${Math.round(a.score * 100)}${a.displayValue ? ` ${a.displayValue}` : ''}`]);
        }
      }
    } finally {
      await chrome.kill();
    }
  }
  const scores = Object.fromEntries(CATEGORIES.map((c) => [c, all[c].length > 0 ? percentile(all[c], 50) : null])) as Record<Category, number | null>;
  const lost = Object.entries(failing).map(([category, byTitle]) => [category, [...byTitle].map(([title, seen]) => `${title} (${seen.join('; ')})`)]);
  return { scores, failing: Object.fromEntries(lost), runs, lcpElement, cls };
}

/** The LCP element's snippet from the audit's details (a table, or a list of tables). */
function lcpSnippet(details: unknown): string | null {
  const seen: unknown[] = [details];
  while (seen.length > 0) {
    const node = seen.pop();
    if (!node || typeof node !== 'object') continue;
    const n = node as Record<string, unknown>;
    if (n.type === 'node' && typeof n.snippet === 'string') return n.snippet.length > 160 ? `${n.snippet.slice(0, 157)}…` : n.snippet;
    for (const value of Object.values(n)) if (value && typeof value === 'object') seen.push(value);
  }
  return null;
}
