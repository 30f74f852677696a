// The pure parts of `npm run bench`: budgets judged from figures, the gzip size of scripts, and
// the Markdown the run prints and writes to docs/performance.md.
import { gzipSync } from 'node:zlib';

export type Verdict = 'PASS' | 'MISSED' | 'not measured';

export type Budget = {
  name: string;
  /** The figure as shown ("512 req/s = 0.31 × static"), or why there is none. */
  figure: string;
  threshold: string;
  verdict: Verdict;
};

export type Comparison = '>=' | '<=' | '<' | '=';

const holds = (value: number, op: Comparison, limit: number): boolean =>
  op === '>=' ? value >= limit : op === '<=' ? value <= limit : op === '<' ? value < limit : value === limit;

const OP_TEXT: Record<Comparison, string> = { '>=': '≥', '<=': '≤', '<': '<', '=': '=' };

/**
 * One budget: `value` compared with `limit`. A value of null (not measured: a route not built
 * yet, a step skipped or failed) is never a pass; `missing` says why, in the figure column.
 */
export function judge(
  name: string,
  value: number | null,
  op: Comparison,
  limit: number,
  { format = (v: number) => String(v), detail = '', missing = 'not measured' }: { format?: (v: number) => string; detail?: string; missing?: string } = {},
): Budget {
  const threshold = `${OP_TEXT[op]} ${format(limit)}`;
  if (value === null || !Number.isFinite(value)) return { name, figure: missing, threshold, verdict: 'not measured' };
  return { name, figure: `${format(value)}${detail ? ` (${detail})` : ''}`, threshold, verdict: holds(value, op, limit) ? 'PASS' : 'MISSED' };
}

/** A ratio of two measured figures, or null when either is missing or the base is zero. */
export function ratio(value: number | null | undefined, base: number | null | undefined): number | null {
  if (value == null || base == null || !Number.isFinite(value) || !Number.isFinite(base) || base <= 0) return null;
  return value / base;
}

/**
 * The reference for a row measured between two runs of the reference (before and after it): their
 * mean, or the one that was measured. On a shared machine the load drifts over a run of minutes;
 * a reference measured right around the row cancels a steady drift, one measured minutes earlier
 * does not. Null when neither was measured.
 */
export function bracketingReference(before: number | null | undefined, after: number | null | undefined): number | null {
  const measured = [before, after].filter((v): v is number => v != null && Number.isFinite(v) && v > 0);
  return measured.length === 0 ? null : measured.reduce((a, b) => a + b, 0) / measured.length;
}

/** Bytes of each script and of each gzipped (default level, as a server would send it), summed. */
export function gzipTotal(files: readonly Uint8Array[]): { files: number; rawBytes: number; gzipBytes: number } {
  let rawBytes = 0;
  let gzipBytes = 0;
  for (const file of files) {
    rawBytes += file.byteLength;
    gzipBytes += gzipSync(file).byteLength;
  }
  return { files: files.length, rawBytes, gzipBytes };
}

/** The `src` of every external script in an HTML page, resolved against `base`, each once. */
export function scriptSources(html: string, base: string): string[] {
  const found = new Set<string>();
  for (const match of html.matchAll(/<script\b[^>]*?\bsrc\s*=\s*(?:"([^"]+)"|'([^']+)'|([^\s>]+))[^>]*>/gi)) {
    const src = (match[1] ?? match[2] ?? match[3] ?? '').replace(/&amp;/g, '&');
    if (src) found.add(new URL(src, base).href);
  }
  return [...found];
}

/** The `href` of the first link (`<a>` or `<link>`) with `rel` containing `rel`, resolved against `base`; null when none. */
export function relHref(html: string, rel: string, base: string): string | null {
  for (const match of html.matchAll(/<(?:a|link)\b[^>]*>/gi)) {
    const tag = match[0];
    const rels = /\brel\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const value = rels ? (rels[1] ?? rels[2] ?? rels[3] ?? '') : '';
    if (!value.toLowerCase().split(/\s+/).includes(rel)) continue;
    const href = /\bhref\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>]+))/i.exec(tag);
    const raw = href ? (href[1] ?? href[2] ?? href[3] ?? '') : '';
    if (raw) return new URL(raw.replace(/&amp;/g, '&'), base).href;
  }
  return null;
}

/** Percentile by nearest rank of unsorted numbers; NaN for none. */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return NaN;
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.ceil((p / 100) * sorted.length);
  return sorted[Math.min(sorted.length, Math.max(1, rank)) - 1]!;
}

/** A Markdown table, columns padded so that it also reads as plain text in a terminal. */
export function markdownTable(headers: readonly string[], rows: readonly (readonly string[])[], align: readonly ('l' | 'r')[] = []): string {
  const width = (s: string) => [...s].length;
  const widths = headers.map((h, i) => Math.max(3, width(h), ...rows.map((r) => width(r[i] ?? ''))));
  const pad = (s: string, i: number) => (align[i] === 'r' ? ' '.repeat(widths[i]! - width(s)) + s : s + ' '.repeat(widths[i]! - width(s)));
  const line = (cells: readonly string[]) => `| ${headers.map((_, i) => pad((cells[i] ?? '').replace(/\|/g, '\\|'), i)).join(' | ')} |`;
  const rule = `|${widths.map((w, i) => (align[i] === 'r' ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`;
  return [line(headers), rule, ...rows.map(line)].join('\n');
}

export type LoadRow = {
  name: string;
  path: string;
  /** Measured, or why not ("not built yet": the route answers 404). */
  state: 'measured' | 'not built yet' | 'failed';
  requestsPerSecond?: number;
  p50?: number;
  p99?: number;
  /** Responses that were not 2xx, and socket errors or timeouts. */
  non2xx?: number;
  errors?: number;
  note?: string;
};

export const fmt = {
  rps: (v: number) => v.toFixed(0),
  ms: (v: number) => (v < 10 ? v.toFixed(1) : v.toFixed(0)),
  ratio: (v: number) => `${v.toFixed(2)} ×`,
  kb: (v: number) => `${(v / 1024).toFixed(1)} KB`,
};

export function loadTable(rows: readonly LoadRow[]): string {
  return markdownTable(
    ['request', 'path', 'req/s', 'p50 ms', 'p99 ms', 'non-2xx', 'errors'],
    rows.map((r) =>
      r.state === 'measured'
        ? [r.name, r.path, fmt.rps(r.requestsPerSecond ?? NaN), fmt.ms(r.p50 ?? NaN), fmt.ms(r.p99 ?? NaN), String(r.non2xx ?? 0), String(r.errors ?? 0)]
        : [r.name, r.path, r.state === 'failed' ? `failed${r.note ? `: ${r.note}` : ''}` : r.state, '', '', '', ''],
    ),
    ['l', 'l', 'r', 'r', 'r', 'r', 'r'],
  );
}

export function budgetTable(budgets: readonly Budget[]): string {
  return markdownTable(
    ['budget', 'figure', 'threshold', 'verdict'],
    budgets.map((b) => [b.name, b.figure, b.threshold, b.verdict]),
  );
}

export type Report = {
  date: Date;
  cores: number;
  cpuModel: string;
  node: string;
  stories: number;
  translations: number;
  loadAverage: readonly number[];
  durationSeconds: number;
  connections: number;
  budgets: readonly Budget[];
  load: readonly LoadRow[];
  /** Further tables or lines, already Markdown (search in-process, story JS, Lighthouse). */
  sections: readonly { title: string; body: string }[];
  notes: readonly string[];
};

/** The whole report as Markdown: what docs/performance.md holds and the terminal shows. */
export function renderReport(r: Report): string {
  const passed = r.budgets.filter((b) => b.verdict === 'PASS').length;
  const missed = r.budgets.filter((b) => b.verdict === 'MISSED').length;
  const unmeasured = r.budgets.length - passed - missed;
  const out = [
    '# Performance',
    '',
    'Written by `npm run bench` (scripts/bench/run.ts); run it again to refresh. Budgets are ratios or',
    'absolute limits that hold on any machine (issue 7, "Fast for every reader").',
    '',
    `- date: ${r.date.toISOString().replace(/\.\d+Z$/, 'Z')}`,
    `- machine: ${r.cores} cores (${r.cpuModel}), Node ${r.node}`,
    `- archive: ${r.stories.toLocaleString('en-US')} synthetic stories, ${r.translations.toLocaleString('en-US')} published translations (plus the demo)`,
    `- load: autocannon, ${r.connections} connections, ${r.durationSeconds} s per row after a warm-up, over loopback`,
    `- load average at the start: ${r.loadAverage.map((v) => v.toFixed(2)).join(', ')} (1, 5, 15 min)`,
    '',
    `**Budgets: ${passed} passed, ${missed} missed, ${unmeasured} not measured.**`,
    '',
    budgetTable(r.budgets),
    '',
    '## Requests',
    '',
    loadTable(r.load),
  ];
  for (const s of r.sections) out.push('', `## ${s.title}`, '', s.body);
  if (r.notes.length > 0) out.push('', '## Notes', '', ...r.notes.map((n) => `- ${n}`));
  return `${out.join('\n')}\n`;
}
