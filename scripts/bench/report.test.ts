import { gzipSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { bracketingReference, fmt, gzipTotal, judge, loadTable, markdownTable, percentile, ratio, relHref, renderReport, scriptSources } from './report';

describe('judge', () => {
  it('passes a figure within its limit and says so with the figure', () => {
    expect(judge('Story JS', 150 * 1024, '<=', 195 * 1024, { format: fmt.kb, detail: '9 scripts' })).toEqual({
      name: 'Story JS',
      figure: '150.0 KB (9 scripts)',
      threshold: '≤ 195.0 KB',
      verdict: 'PASS',
    });
  });

  it('reports a missed budget as MISSED with its figure', () => {
    const b = judge('Throughput ratio', 0.2, '>=', 0.25, { format: fmt.ratio });
    expect(b.verdict).toBe('MISSED');
    expect(b.figure).toBe('0.20 ×');
    expect(b.threshold).toBe('≥ 0.25 ×');
  });

  it('treats the limit itself as within for ≥, ≤ and =, not for <', () => {
    expect(judge('a', 0.25, '>=', 0.25).verdict).toBe('PASS');
    expect(judge('b', 1.5, '<=', 1.5).verdict).toBe('PASS');
    expect(judge('c', 100, '=', 100).verdict).toBe('PASS');
    expect(judge('d', 99, '=', 100).verdict).toBe('MISSED');
    expect(judge('e', 20, '<', 20).verdict).toBe('MISSED');
    expect(judge('f', 19.9, '<', 20).verdict).toBe('PASS');
  });

  it('never passes what was not measured, and says why', () => {
    expect(judge('Search p95', null, '<', 20, { missing: 'not built yet' })).toEqual({ name: 'Search p95', figure: 'not built yet', threshold: '< 20', verdict: 'not measured' });
    expect(judge('x', NaN, '<=', 1).verdict).toBe('not measured');
    expect(judge('y', Infinity, '>=', 1).verdict).toBe('not measured');
  });
});

describe('bracketingReference', () => {
  it('is the mean of the reference measured before and after a row', () => {
    expect(bracketingReference(3000, 4000)).toBe(3500);
  });
  it('falls back to the one that was measured, and is null with neither', () => {
    expect(bracketingReference(3000, null)).toBe(3000);
    expect(bracketingReference(undefined, 4000)).toBe(4000);
    expect(bracketingReference(0, Number.NaN)).toBeNull();
    expect(bracketingReference(null, undefined)).toBeNull();
  });
});

describe('ratio', () => {
  it('divides two figures, or gives null when one is missing or the base is zero', () => {
    expect(ratio(300, 1200)).toBe(0.25);
    expect(ratio(null, 1200)).toBeNull();
    expect(ratio(300, undefined)).toBeNull();
    expect(ratio(300, 0)).toBeNull();
  });
});

describe('gzipTotal', () => {
  it('sums the raw and the gzipped size of each buffer separately', () => {
    const a = new TextEncoder().encode('console.log("a");'.repeat(200));
    const b = new TextEncoder().encode('x');
    expect(gzipTotal([a, b])).toEqual({ files: 2, rawBytes: a.byteLength + 1, gzipBytes: gzipSync(a).byteLength + gzipSync(b).byteLength });
    expect(gzipTotal([a, b]).gzipBytes).toBeLessThan(a.byteLength);
  });

  it('is zero for no scripts', () => {
    expect(gzipTotal([])).toEqual({ files: 0, rawBytes: 0, gzipBytes: 0 });
  });
});

describe('scriptSources', () => {
  it('collects each external script once, resolved, ignoring inline ones', () => {
    const html = `<script src="/_next/static/chunks/a.js" async=""></script><script>self.__next_f.push([1])</script>
      <script async src='/_next/static/chunks/b.js?v=1&amp;x=2'></script><script src=/_next/static/chunks/a.js></script>
      <script type="module" src="https://cdn.example/c.js"></script>`;
    expect(scriptSources(html, 'http://localhost:3173/en/news/x')).toEqual([
      'http://localhost:3173/_next/static/chunks/a.js',
      'http://localhost:3173/_next/static/chunks/b.js?v=1&x=2',
      'https://cdn.example/c.js',
    ]);
  });
});

describe('relHref', () => {
  it('finds the link with that rel, whatever the attribute order', () => {
    const html = '<nav><a href="/en/news" rel="prev">←</a><span>Page 2 of 9</span><a rel="next" href="/en/news?page=3&amp;x=1">Next →</a></nav>';
    expect(relHref(html, 'next', 'http://localhost:3173/en/news?page=2')).toBe('http://localhost:3173/en/news?page=3&x=1');
    expect(relHref(html, 'prev', 'http://localhost:3173/en/news?page=2')).toBe('http://localhost:3173/en/news');
  });

  it('matches one of several rel values and gives null when there is none', () => {
    expect(relHref('<a class="x" rel="nofollow next" href="?cursor=abc">', 'next', 'http://h/en/news')).toBe('http://h/en/news?cursor=abc');
    expect(relHref('<a href="/a">a</a><a rel="nextish" href="/b">', 'next', 'http://h/')).toBeNull();
  });
});

describe('percentile', () => {
  it('takes the nearest rank', () => {
    const values = Array.from({ length: 100 }, (_, i) => 100 - i); // 100 … 1, unsorted
    expect(percentile(values, 50)).toBe(50);
    expect(percentile(values, 95)).toBe(95);
    expect(percentile(values, 100)).toBe(100);
    expect(percentile([7], 99)).toBe(7);
    expect(percentile([], 50)).toBeNaN();
  });
});

describe('markdownTable', () => {
  it('pads columns, right-aligns numbers and escapes pipes', () => {
    expect(markdownTable(['name', 'n'], [['a|b', '5'], ['long name', '1234']], ['l', 'r'])).toBe(
      ['| name      |    n |', '|-----------|-----:|', '| a\\|b      |    5 |', '| long name | 1234 |'].join('\n'),
    );
  });
});

describe('loadTable', () => {
  it('shows figures for measured rows and the reason for the others', () => {
    const table = loadTable([
      { name: 'static', path: '/bench.txt', state: 'measured', requestsPerSecond: 4321.4, p50: 1.84, p99: 12.2, non2xx: 0, errors: 0 },
      { name: 'search', path: '/en/search?q=x', state: 'not built yet' },
      { name: 'story', path: '/en/news/a', state: 'failed', note: 'HTTP 500' },
    ]);
    expect(table).toContain('| static');
    expect(table).toContain('4321 |');
    expect(table).toContain('1.8 |');
    expect(table).toContain('12 |');
    expect(table).toMatch(/\| search +\| \/en\/search\?q=x +\| +not built yet \|/);
    expect(table).toContain('failed: HTTP 500');
  });
});

describe('renderReport', () => {
  it('heads the report with the machine, the date and the tally of budgets', () => {
    const md = renderReport({
      date: new Date('2026-03-01T10:00:00.123Z'),
      cores: 2,
      cpuModel: 'Test CPU',
      node: '20.20.2',
      stories: 10000,
      translations: 20000,
      loadAverage: [3.5, 2, 1],
      durationSeconds: 10,
      connections: 10,
      budgets: [judge('a', 1, '>=', 0.25), judge('b', 2, '<=', 1.5), judge('c', null, '<', 20)],
      load: [],
      sections: [{ title: 'Lighthouse', body: 'scores' }],
      notes: ['under load'],
    });
    expect(md).toMatch(/^# Performance\n/);
    expect(md).toContain('- date: 2026-03-01T10:00:00Z');
    expect(md).toContain('- machine: 2 cores (Test CPU), Node 20.20.2');
    expect(md).toContain('10,000 synthetic stories, 20,000 published translations');
    expect(md).toContain('load average at the start: 3.50, 2.00, 1.00');
    expect(md).toContain('**Budgets: 1 passed, 1 missed, 1 not measured.**');
    expect(md).toContain('| b      | 2            | ≤ 1.5     | MISSED       |');
    expect(md).toContain('| c      | not measured | < 20      | not measured |');
    expect(md).toContain('## Lighthouse\n\nscores');
    expect(md).toContain('## Notes\n\n- under load\n');
  });
});
