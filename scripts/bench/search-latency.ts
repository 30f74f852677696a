// Search latency in-process: the app's own search function, called directly on the bench
// database (no HTTP, no rendering). Runs as a child of run.ts with
// `node --conditions=react-server --import tsx` (db/index.ts imports 'server-only', which only
// that condition lets load outside Next) and DATABASE_PATH set; prints one JSON line.
//
// The search function is looked up, not imported by name, because search (issue 6) is being
// built in parallel: the first function exported by one of MODULES whose name starts with
// "search" (or the one named by BENCH_SEARCH_EXPORT), called as fn(locale, term) — the shape
// of the other public queries (listPublishedStories(locale, page)) — or else fn({ locale, query }).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { percentile } from './report';

const MODULES = ['db/queries/search.ts', 'lib/search/index.ts', 'lib/search.ts'];

export type SearchLatency =
  | { state: 'absent'; reason: string }
  | { state: 'failed'; reason: string; module: string; name: string }
  | {
      state: 'measured';
      module: string;
      name: string;
      calls: number;
      p50: number;
      p95: number;
      p99: number;
      perTerm: { locale: string; term: string; hits: number | null; p50: number; p95: number }[];
    };

type Fn = (...args: unknown[]) => unknown;

function hitsOf(result: unknown): number | null {
  if (Array.isArray(result)) return result.length;
  if (result && typeof result === 'object') {
    const r = result as Record<string, unknown>;
    if (typeof r.total === 'number') return r.total;
    for (const key of ['items', 'results', 'hits', 'rows']) if (Array.isArray(r[key])) return (r[key] as unknown[]).length;
  }
  return null;
}

async function main(): Promise<SearchLatency> {
  const terms = JSON.parse(process.argv[2] ?? '[]') as { locale: string; term: string }[];
  const iterations = Number(process.argv[3] ?? 200);
  const file = MODULES.find((m) => existsSync(path.resolve(m)));
  if (!file) return { state: 'absent', reason: `no search module yet (looked for ${MODULES.join(', ')})` };
  const mod = (await import(path.resolve(file))) as Record<string, unknown>;
  const wanted = process.env.BENCH_SEARCH_EXPORT;
  const name = Object.keys(mod).find((k) => typeof mod[k] === 'function' && (wanted ? k === wanted : /^search/i.test(k)));
  if (!name) return { state: 'absent', reason: `${file} exports no function named search…` };
  const fn = mod[name] as Fn;
  const shapes: ((locale: string, term: string) => unknown)[] = [(locale, term) => fn(locale, term), (locale, term) => fn({ locale, query: term, q: term })];
  let call: ((locale: string, term: string) => unknown) | null = null;
  let lastError = '';
  for (const shape of shapes) {
    try {
      await shape(terms[0]!.locale, terms[0]!.term);
      call = shape;
      break;
    } catch (error) {
      lastError = (error as Error).message;
    }
  }
  if (!call) return { state: 'failed', reason: `calling ${name} failed: ${lastError}`, module: file, name };
  // An empty index would time nothing: the common term must find stories.
  const commonHits = hitsOf(await call(terms[0]!.locale, terms[0]!.term));
  if (commonHits === 0) return { state: 'failed', reason: `${name}(${terms[0]!.locale}, "${terms[0]!.term}") found nothing: is the search index filled for stories written by insertStoryWithTranslations?`, module: file, name };
  const all: number[] = [];
  const perTerm = [];
  for (const { locale, term } of terms) {
    const hits = hitsOf(await call(locale, term));
    for (let i = 0; i < 20; i++) await call(locale, term); // warm-up: statement cache, page cache
    const times: number[] = [];
    for (let i = 0; i < iterations; i++) {
      const t0 = performance.now();
      await call(locale, term);
      times.push(performance.now() - t0);
    }
    all.push(...times);
    perTerm.push({ locale, term, hits, p50: percentile(times, 50), p95: percentile(times, 95) });
  }
  return { state: 'measured', module: file, name, calls: all.length, p50: percentile(all, 50), p95: percentile(all, 95), p99: percentile(all, 99), perTerm };
}

main().then(
  (result) => {
    console.log(JSON.stringify(result));
    process.exit(0);
  },
  (error: Error) => {
    console.log(JSON.stringify({ state: 'failed', reason: error.stack ?? error.message, module: '', name: '' }));
    process.exit(0);
  },
);
