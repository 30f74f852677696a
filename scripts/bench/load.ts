// Requests against the running server (this machine's loopback only): autocannon rows, the deep
// list page found through the list's own pagination links, and the story page's JavaScript.
import autocannon from 'autocannon';
import { gzipTotal, relHref, scriptSources, type LoadRow } from './report';

export type LoadOptions = { connections: number; duration: number };

export type Fetched = { status: number; body: string; url: string };

export async function get(url: string): Promise<Fetched> {
  const response = await fetch(url, { redirect: 'manual', signal: AbortSignal.timeout(30_000) });
  return { status: response.status, body: await response.text(), url };
}

/**
 * One row: the path is requested once (a 404 means the route is not built yet, any other
 * non-200 is a failure), warmed up with a short pass, then measured for `duration` seconds.
 */
export async function measure(name: string, base: string, requestPath: string, options: LoadOptions): Promise<LoadRow> {
  const url = new URL(requestPath, base).href;
  const path = decodeURIComponent(requestPath); // as shown in the report
  let first: Fetched;
  try {
    first = await get(url);
  } catch (error) {
    return { name, path, state: 'failed', note: (error as Error).message };
  }
  if (first.status === 404) return { name, path, state: 'not built yet' };
  if (first.status !== 200) return { name, path, state: 'failed', note: `HTTP ${first.status}` };
  // Warm-up: the route's first renders, V8's optimisation, SQLite's page cache (2–5 s).
  await autocannon({ url, connections: options.connections, duration: Math.min(5, Math.max(2, Math.round(options.duration / 3))) });
  const r = await autocannon({ url, connections: options.connections, duration: options.duration, timeout: 30 });
  return {
    name,
    path,
    state: 'measured',
    requestsPerSecond: r.requests.average,
    p50: r.latency.p50,
    p99: r.latency.p99,
    non2xx: r.non2xx,
    errors: r.errors + r.timeouts,
  };
}

const pathOf = (url: string) => {
  const u = new URL(url);
  return u.pathname + u.search;
};

/**
 * A deep page of a list, reached the way a reader would: through the page's own rel="next" link.
 * When that link numbers its pages (`?page=2`), the last page is found by doubling the number
 * until the list answers 404 and then halving back (about 2·log2(pages) requests); otherwise (a
 * cursor) the next links are followed up to `maxHops` times. Null when page 1 has no next link.
 */
export async function findDeepPage(base: string, firstPath: string, maxHops = 100): Promise<{ path: string; how: string } | null> {
  const first = await get(new URL(firstPath, base).href);
  if (first.status !== 200) throw new Error(`${firstPath} answered HTTP ${first.status}`);
  const next = relHref(first.body, 'next', first.url);
  if (!next) return null;
  const numbered = new URL(next);
  const param = [...numbered.searchParams].find(([, v]) => v === '2')?.[0];
  if (param) {
    const at = (n: number) => {
      const u = new URL(numbered);
      u.searchParams.set(param, String(n));
      return u.href;
    };
    const exists = async (n: number) => (await get(at(n))).status === 200;
    let low = 2;
    let high = 4;
    while (await exists(high)) {
      low = high;
      high *= 2;
      if (high > 1 << 24) throw new Error('The list never ends');
    }
    while (high - low > 1) {
      const mid = Math.floor((low + high) / 2);
      if (await exists(mid)) low = mid;
      else high = mid;
    }
    return { path: pathOf(at(low)), how: `the last page (${low}), through the list's ?${param}= links` };
  }
  let url = next;
  let hops = 1;
  for (; hops < maxHops; hops++) {
    const page = await get(url);
    if (page.status !== 200) throw new Error(`${pathOf(url)} answered HTTP ${page.status}`);
    const following = relHref(page.body, 'next', url);
    if (!following) break;
    url = following;
  }
  return { path: pathOf(url), how: `${hops} rel="next" links after page 1` };
}

/** The JavaScript a story page loads: every `<script src>` of its HTML, fetched and gzipped. */
export async function pageScripts(base: string, path: string): Promise<{ files: number; rawBytes: number; gzipBytes: number; urls: string[] }> {
  const page = await get(new URL(path, base).href);
  if (page.status !== 200) throw new Error(`${path} answered HTTP ${page.status}`);
  const urls = scriptSources(page.body, page.url);
  const buffers = await Promise.all(
    urls.map(async (url) => {
      const response = await fetch(url, { signal: AbortSignal.timeout(30_000) });
      if (!response.ok) throw new Error(`${pathOf(url)} answered HTTP ${response.status}`);
      return new Uint8Array(await response.arrayBuffer());
    }),
  );
  return { ...gzipTotal(buffers), urls };
}
