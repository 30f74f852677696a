// `npm run bench`: the performance benchmark of issue 7 ("Fast for every reader"), in one run.
//
// 1. builds the production site (unless --skip-build; the build needs no database),
// 2. generates a synthetic archive (default 10,000 bilingual stories) into data/bench/,
// 3. times the app's search function in-process, when there is one,
// 4. starts the site as `npm start` does on that database and measures with autocannon (this
//    machine's loopback only, bounded in time): home, news page 1 and a deep page, a story page,
//    search (a common and a rare term in each language) and a file from public/ as the reference,
// 5. sums the story page's JavaScript (gzip) and runs Lighthouse (mobile) on home and a story,
// 6. prints the budgets and figures and writes them to docs/performance.md.
//
// Exit code 0 when the benchmark ran, whatever the budgets say (it reports); 1 when it could not.
//
//   npm run bench -- [--stories 10000] [--duration 10] [--connections 10] [--port 3173]
//                    [--skip-build] [--skip-lighthouse] [--lighthouse-runs 3] [--out docs/performance.md]
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { startServer, type Server } from '../durability/harness';
import { freshSite, generateArchive, type ArchiveInfo } from './archive';
import { audit, CATEGORIES, type LighthouseResult } from './lighthouse';
import { findDeepPage, measure, pageScripts } from './load';
import { bracketingReference, fmt, judge, markdownTable, ratio, renderReport, type Budget, type LoadRow } from './report';
import type { SearchLatency } from './search-latency';
import type { Lang } from './text';

const { values: args } = parseArgs({
  options: {
    stories: { type: 'string', default: '10000' },
    duration: { type: 'string', default: '10' },
    connections: { type: 'string', default: '10' },
    port: { type: 'string', default: process.env.BENCH_PORT ?? '3173' },
    'lighthouse-runs': { type: 'string', default: '3' },
    'skip-build': { type: 'boolean', default: false },
    'skip-lighthouse': { type: 'boolean', default: false },
    out: { type: 'string', default: path.join('docs', 'performance.md') },
  },
});
const STORIES = Number(args.stories);
const DURATION = Number(args.duration);
const CONNECTIONS = Number(args.connections);
const PORT = Number(args.port);
const LH_RUNS = Number(args['lighthouse-runs']);
for (const [name, value, min, max] of [['stories', STORIES, 1, 200_000], ['duration', DURATION, 1, 120], ['connections', CONNECTIONS, 1, 200], ['port', PORT, 1024, 65535], ['lighthouse-runs', LH_RUNS, 1, 9]] as const) {
  if (!Number.isInteger(value) || value < min || value > max) {
    console.error(`--${name} must be a whole number from ${min} to ${max}`);
    process.exit(2);
  }
}

const BASE = `http://localhost:${PORT}`;
const SITE_DIR = path.join('data', 'bench');
const STATIC_PATH = '/bench.txt';
const STATIC_BEFORE_STORIES = 'static file, before story (en)';
const STATIC_BETWEEN_STORIES = 'static file, between the stories';
const STATIC_AFTER_STORIES = 'static file, after story (ru)';
const SEARCH_TRANSLATIONS = 20_000;
const step = (text: string) => console.log(`\n▸ ${text}`);

function build(): void {
  step('Building the production site (next build)…');
  const result = spawnSync(process.execPath, [path.join('node_modules', 'next', 'dist', 'bin', 'next'), 'build'], {
    stdio: 'inherit',
    env: { ...process.env, NEXT_TELEMETRY_DISABLED: '1' },
  });
  if (result.status !== 0) throw new Error(`next build failed (exit ${result.status})`);
}

/** The in-process search timing, in a child process of its own (see search-latency.ts). */
function searchLatency(databasePath: string, terms: { locale: Lang; term: string }[]): Promise<SearchLatency> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--conditions=react-server', '--import', 'tsx', path.join('scripts', 'bench', 'search-latency.ts'), JSON.stringify(terms), '200'], {
      stdio: ['ignore', 'pipe', 'pipe'],
      env: { ...process.env, DATABASE_PATH: databasePath, NODE_ENV: 'production' },
    });
    let out = '';
    let err = '';
    child.stdout.setEncoding('utf8').on('data', (c: string) => (out += c));
    child.stderr.setEncoding('utf8').on('data', (c: string) => (err += c));
    const timer = setTimeout(() => child.kill('SIGKILL'), 300_000);
    child.on('exit', () => {
      clearTimeout(timer);
      const line = out.trim().split('\n').pop() ?? '';
      try {
        resolve(JSON.parse(line) as SearchLatency);
      } catch {
        resolve({ state: 'failed', reason: (err || out || 'no output').trim().slice(0, 500), module: '', name: '' });
      }
    });
  });
}

type Measured = {
  archive: ArchiveInfo;
  search: SearchLatency;
  rows: LoadRow[];
  deepHow: string;
  scripts: { files: number; rawBytes: number; gzipBytes: number } | { error: string };
  lighthouse: Partial<Record<'home' | 'story', LighthouseResult | { error: string }>>;
};

async function bench(): Promise<Measured> {
  if (!args['skip-build']) build();
  else if (!existsSync(path.join('.next', 'BUILD_ID'))) throw new Error('--skip-build, but there is no production build in .next: run `npm run build` first');

  step(`Generating ${STORIES.toLocaleString('en-US')} bilingual stories into ${SITE_DIR}/…`);
  const site = await freshSite(SITE_DIR);
  const archive = generateArchive(site, STORIES);
  console.log(`  ${archive.translations.toLocaleString('en-US')} published translations in ${archive.seconds.toFixed(1)} s (insertStoryWithTranslations, 500 stories per transaction)`);
  console.log(`  search terms: en "${archive.terms.en.common}" / "${archive.terms.en.rare}", ru "${archive.terms.ru.common}" / "${archive.terms.ru.rare}"`);

  const terms = (['en', 'ru'] as const).flatMap((locale) => [
    { locale, term: archive.terms[locale].common, kind: 'common' },
    { locale, term: archive.terms[locale].rare, kind: 'rare' },
  ]);
  step('Search latency in-process…');
  const search = await searchLatency(site.databasePath, terms);
  console.log(search.state === 'measured' ? `  ${search.name} (${search.module}): p50 ${fmt.ms(search.p50)} ms, p95 ${fmt.ms(search.p95)} ms over ${search.calls} calls` : `  ${search.state}: ${search.reason}`);

  step(`Starting the production server on ${BASE}…`);
  const servers: Server[] = [];
  try {
    servers.push(await startServer(site, PORT));
    const options = { connections: CONNECTIONS, duration: DURATION };
    const deep = await findDeepPage(BASE, '/en/news');
    const deepHow = deep ? deep.how : 'page 1 has no next link (one page only)';
    const story = (l: Lang) => `/${l}/news/${archive.sampleSlugs[l]}`;
    const plan: [string, string][] = [
      ['static file (public/)', STATIC_PATH],
      ['home (en)', '/en'],
      ['home (ru)', '/ru'],
      ['news page 1 (en)', '/en/news'],
      ['news deep page (en)', deep?.path ?? '/en/news'],
      // The story budget is a ratio to the static file: the file is measured again right before,
      // between and after the two stories, so each story has a reference from either side of it
      // (the load of a shared machine drifts over the minutes the rows above take).
      [STATIC_BEFORE_STORIES, STATIC_PATH],
      ['story (en)', story('en')],
      [STATIC_BETWEEN_STORIES, STATIC_PATH],
      ['story (ru)', story('ru')],
      [STATIC_AFTER_STORIES, STATIC_PATH],
      ...terms.map((t): [string, string] => [`search ${t.kind} (${t.locale})`, `/${t.locale}/search?q=${encodeURIComponent(t.term)}`]),
    ];
    const rows: LoadRow[] = [];
    for (const [name, p] of plan) {
      step(`${name}: ${p}`);
      const row = await measure(name, BASE, p, options);
      console.log(row.state === 'measured' ? `  ${fmt.rps(row.requestsPerSecond!)} req/s, p50 ${fmt.ms(row.p50!)} ms, p99 ${fmt.ms(row.p99!)} ms` : `  ${row.state}${row.note ? `: ${row.note}` : ''}`);
      rows.push(row);
    }

    step('Story page JavaScript…');
    const scripts = await pageScripts(BASE, story('en')).catch((error: Error) => ({ error: error.message }));
    if ('gzipBytes' in scripts) console.log(`  ${scripts.files} scripts, ${fmt.kb(scripts.rawBytes)} raw, ${fmt.kb(scripts.gzipBytes)} gzip`);

    const lighthouse: Measured['lighthouse'] = {};
    if (!args['skip-lighthouse']) {
      for (const [key, p] of [['home', '/en'], ['story', story('en')]] as const) {
        step(`Lighthouse (mobile) on ${p}…`);
        lighthouse[key] = await audit(new URL(p, BASE).href, LH_RUNS).catch((error: Error) => ({ error: error.message }));
        const r = lighthouse[key]!;
        console.log('scores' in r ? `  ${CATEGORIES.map((c) => `${c} ${r.scores[c] ?? '–'}`).join(', ')}` : `  failed: ${r.error}`);
      }
    }
    return { archive, search, rows, deepHow, scripts, lighthouse };
  } finally {
    await Promise.all(servers.map((s) => s.stop()));
  }
}

function budgets(m: Measured): Budget[] {
  const row = (name: string) => m.rows.find((r) => r.name === name && r.state === 'measured');
  const out: Budget[] = [];
  // Each story against the static file measured right around it (the mean of the runs before and
  // after it); the budget takes the lower of the two ratios.
  const rps = (name: string) => row(name)?.requestsPerSecond;
  const storyRatios = (
    [
      ['story (en)', STATIC_BEFORE_STORIES, STATIC_BETWEEN_STORIES],
      ['story (ru)', STATIC_BETWEEN_STORIES, STATIC_AFTER_STORIES],
    ] as const
  ).map(([name, before, after]) => {
    const reference = bracketingReference(rps(before), rps(after));
    return { name, story: rps(name), reference, ratio: ratio(rps(name), reference) };
  });
  const lower = storyRatios.every((r) => r.ratio != null) ? storyRatios.reduce((a, b) => (b.ratio! < a.ratio! ? b : a)) : null;
  out.push(
    judge('Story page throughput vs. static file (slower of en/ru)', lower?.ratio ?? null, '>=', 0.25, {
      format: fmt.ratio,
      detail: lower ? `${lower.name}: ${fmt.rps(lower.story!)} vs ${fmt.rps(lower.reference!)} req/s, the static file measured right before and after it` : '',
    }),
  );
  const p1 = row('news page 1 (en)');
  const deep = row('news deep page (en)');
  out.push(
    judge('News deep page p50 latency vs. page 1 (en)', ratio(deep?.p50, p1?.p50), '<=', 1.5, {
      format: fmt.ratio,
      detail: deep && p1 ? `${fmt.ms(deep.p50!)} vs ${fmt.ms(p1.p50!)} ms; ${m.deepHow}` : '',
    }),
  );
  const s = m.search;
  const enough = m.archive.translations >= SEARCH_TRANSLATIONS;
  out.push(
    judge(`Search p95 in-process at ${SEARCH_TRANSLATIONS.toLocaleString('en-US')} translations`, s.state === 'measured' && enough ? s.p95 : null, '<', 20, {
      format: (v) => `${fmt.ms(v)} ms`,
      detail: s.state === 'measured' ? `${s.calls} calls of ${s.name}, ${m.archive.translations.toLocaleString('en-US')} translations` : '',
      missing:
        s.state === 'absent'
          ? 'not built yet'
          : s.state === 'failed'
            ? 'failed (see Notes)'
            : `only ${m.archive.translations.toLocaleString('en-US')} translations (p95 ${fmt.ms(s.p95)} ms); run with --stories 10000`,
    }),
  );
  out.push(
    judge('Story page JavaScript (gzip)', 'gzipBytes' in m.scripts ? m.scripts.gzipBytes : null, '<=', 195 * 1024, {
      format: fmt.kb,
      detail: 'gzipBytes' in m.scripts ? `${m.scripts.files} scripts` : '',
      missing: 'error' in m.scripts ? `failed: ${m.scripts.error}` : 'not measured',
    }),
  );
  for (const page of ['home', 'story'] as const) {
    const r = m.lighthouse[page];
    const skipped = args['skip-lighthouse'] ? 'skipped (--skip-lighthouse)' : r && 'error' in r ? 'failed (see Notes)' : 'not measured';
    for (const c of CATEGORIES) {
      const score = r && 'scores' in r ? r.scores[c] : null;
      out.push(judge(`Lighthouse ${c}, ${page} (mobile)`, score, c === 'performance' ? '>=' : '=', c === 'performance' ? 95 : 100, { missing: skipped }));
    }
  }
  // No layout shift on the story page (images carry their size; fonts are the system's).
  const story = m.lighthouse.story;
  out.push(judge('Cumulative Layout Shift, story (mobile, worst run)', story && 'cls' in story ? story.cls : null, '=', 0, { format: (v) => v.toFixed(3), missing: args['skip-lighthouse'] ? 'skipped (--skip-lighthouse)' : 'not measured' }));
  return out;
}

function sections(m: Measured): { title: string; body: string }[] {
  const out: { title: string; body: string }[] = [];
  const s = m.search;
  out.push({
    title: 'Search in-process',
    body:
      s.state === 'measured'
        ? `\`${s.name}\` from \`${s.module}\`, ${s.calls} calls after a warm-up, ${m.archive.translations.toLocaleString('en-US')} published translations: p50 ${fmt.ms(s.p50)} ms, p95 ${fmt.ms(s.p95)} ms, p99 ${fmt.ms(s.p99)} ms.\n\n` +
          markdownTable(
            ['locale', 'term', 'results', 'p50 ms', 'p95 ms'],
            s.perTerm.map((t) => [t.locale, t.term, t.hits === null ? '?' : String(t.hits), fmt.ms(t.p50), fmt.ms(t.p95)]),
            ['l', 'l', 'r', 'r', 'r'],
          )
        : s.state === 'absent'
          ? `Not built yet: ${s.reason}. Terms the run would use: en "${m.archive.terms.en.common}" (common) / "${m.archive.terms.en.rare}" (rare), ru "${m.archive.terms.ru.common}" / "${m.archive.terms.ru.rare}".`
          : `Failed: ${s.reason}`,
  });
  out.push({
    title: 'Story page JavaScript',
    body:
      'gzipBytes' in m.scripts
        ? `Every \`<script src>\` of a story page, fetched and gzipped one by one (zlib, default level): ${m.scripts.files} files, ${fmt.kb(m.scripts.rawBytes)} raw, **${fmt.kb(m.scripts.gzipBytes)} gzip** (1 KB = 1,024 bytes). Inline scripts (the page's flight data) are not counted.`
        : `Failed: ${m.scripts.error}`,
  });
  const lh = Object.entries(m.lighthouse);
  if (lh.length > 0) {
    const lines: string[] = [
      markdownTable(
        ['page', ...CATEGORIES],
        lh.map(([page, r]) => [page, ...CATEGORIES.map((c) => ('scores' in r ? String(r.scores[c] ?? '–') : 'failed'))]),
        ['l', 'r', 'r', 'r', 'r'],
      ),
      '',
      `Lighthouse 12 (the \`lighthouse\` package), mobile (simulated slow 4G and a 4× slower CPU), Chromium ${chromiumVersion()}, median of ${LH_RUNS} run(s) per page.`,
    ];
    for (const [page, r] of lh) {
      if ('error' in r) lines.push('', `${page}: failed: ${r.error}`);
      else {
        for (const [c, audits] of Object.entries(r.failing)) if (audits.length > 0) lines.push('', `${page}, ${c}, audits that cost points (score and value in each run that lost points): ${audits.join(', ')}`);
        if (r.lcpElement) lines.push('', `${page}, Largest Contentful Paint element: \`${r.lcpElement.replace(/`/g, "'")}\``);
      }
    }
    out.push({ title: 'Lighthouse', body: lines.join('\n') });
  }
  return out;
}

function chromiumVersion(): string {
  const r = spawnSync(process.env.CHROME_PATH ?? '/usr/bin/chromium', ['--version'], { encoding: 'utf8' });
  return r.status === 0 ? (r.stdout.match(/[\d.]+/)?.[0] ?? '?') : '?';
}

for (const [signal, code] of [['SIGINT', 130], ['SIGTERM', 143]] as const) {
  process.on(signal, () => {
    console.error(`\nBenchmark interrupted (${signal}): stopping its server.`);
    process.exit(code); // the harness kills the server's process tree on exit
  });
}

const loadStart = os.loadavg();
const started = Date.now();
try {
  const m = await bench();
  const loadEnd = os.loadavg();
  const cores = os.cpus().length;
  const notes: string[] = [];
  if (Math.max(loadStart[0]!, loadEnd[0]!) > cores * 0.5) {
    notes.push(
      `Other processes were running during this run (load average ${loadStart[0]!.toFixed(2)} at the start and ${loadEnd[0]!.toFixed(2)} at the end, on ${cores} cores): absolute figures are lower than on an idle machine; the ratios suffer less, since both sides of each were measured under the same load.`,
    );
  }
  notes.push('The load generator (autocannon) runs on the same machine as the server and takes CPU from it.');
  notes.push('For scale (issue 7, this 2-core machine idle): an empty Next 16 page built for production serves about 1,500 requests/s, a file from `public/` about 5,000 from the same server, a page that queries SQLite on every request about 300.');
  if (m.search.state === 'failed') notes.push(`Search in-process failed: ${m.search.reason}`);
  const searchRows = m.rows.filter((r) => r.name.startsWith('search'));
  if (searchRows.every((r) => r.state === 'not built yet')) notes.push('Search rows: `/{locale}/search` answers 404, so public search is not built yet; the rows measure it once it exists (`?q=`).');
  const troubled = m.rows.filter((r) => r.state === 'measured' && ((r.non2xx ?? 0) > 0 || (r.errors ?? 0) > 0));
  for (const r of troubled) notes.push(`${r.name}: ${r.non2xx} non-2xx responses and ${r.errors} errors/timeouts during the run: its figures are suspect.`);
  for (const r of m.rows.filter((r) => r.state === 'failed')) notes.push(`${r.name} (${r.path}) failed: ${r.note}`);
  notes.push(`The whole run took ${Math.round((Date.now() - started) / 1000)} s; the archive was generated in ${m.archive.seconds.toFixed(0)} s.`);
  const report = renderReport({
    date: new Date(),
    cores,
    cpuModel: os.cpus()[0]?.model.trim() ?? 'unknown CPU',
    node: process.versions.node,
    stories: m.archive.stories,
    translations: m.archive.translations,
    loadAverage: loadStart,
    durationSeconds: DURATION,
    connections: CONNECTIONS,
    budgets: budgets(m),
    load: m.rows,
    sections: sections(m),
    notes,
  });
  console.log(`\n${report}`);
  writeFileSync(args.out, report);
  console.log(`Written to ${args.out}.`);
  process.exit(0);
} catch (error) {
  console.error(`\nThe benchmark failed: ${(error as Error).stack ?? error}`);
  process.exit(1);
}
