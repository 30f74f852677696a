import sharp from 'sharp';
import { describe, expect, it } from 'vitest';
import { makeMinimalPdf } from './minimal-pdf';
import { countPages, inspectPdf } from './pdf';

const limits = { maxBytes: 1024 * 1024 };
const text = (s: string) => new TextEncoder().encode(s);
const pdf = (pages = 1) => makeMinimalPdf(Array.from({ length: pages }, (_, i) => ({ title: `Page ${i + 1}`, paragraphs: ['Almaty Process, 2021.'] })));

describe('inspectPdf', () => {
  it('accepts a PDF by its bytes and reads its page count and hash', () => {
    const result = inspectPdf(pdf(3), limits);
    expect(result).toMatchObject({ ok: true, pdf: { pages: 3, bytes: pdf(3).length } });
    if (result.ok) expect(result.pdf.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('refuses a PNG, whatever it is called', async () => {
    const png = await sharp({ create: { width: 8, height: 8, channels: 3, background: 'white' } }).png().toBuffer();
    expect(inspectPdf(new Uint8Array(png), limits)).toEqual({ ok: false, error: 'not_pdf' });
  });

  it('refuses an SVG with a script and an HTML page called .pdf', () => {
    const svg = text('<?xml version="1.0"?><svg xmlns="http://www.w3.org/2000/svg"><script>alert(1)</script></svg>');
    expect(inspectPdf(svg, limits)).toEqual({ ok: false, error: 'not_pdf' });
    expect(inspectPdf(text('<!doctype html><title>%PDF-1.7</title><script>alert(1)</script>%%EOF'), limits)).toEqual({ ok: false, error: 'not_pdf' });
    // The header must open the file: a page that merely contains one is not a PDF.
    expect(inspectPdf(text(`<html>${Buffer.from(pdf()).toString('latin1')}`), limits)).toEqual({ ok: false, error: 'not_pdf' });
  });

  it('refuses an empty file and a file over the limit before reading it', () => {
    expect(inspectPdf(new Uint8Array(), limits)).toEqual({ ok: false, error: 'empty' });
    expect(inspectPdf(new Uint8Array(limits.maxBytes + 1), limits)).toEqual({ ok: false, error: 'too_large' });
    const exact = pdf();
    expect(inspectPdf(exact, { maxBytes: exact.length }).ok).toBe(true);
    expect(inspectPdf(exact, { maxBytes: exact.length - 1 })).toEqual({ ok: false, error: 'too_large' });
  });

  it('refuses a truncated PDF: cut anywhere before its end marker', () => {
    const whole = pdf(2);
    for (const cut of [10, Math.floor(whole.length / 2), whole.length - 7, whole.length - 3]) {
      expect(inspectPdf(whole.subarray(0, cut), limits), `cut at ${cut}`).toEqual({ ok: false, error: 'truncated' });
    }
    // A header and an end marker with nothing that points at a cross-reference is not a PDF either.
    expect(inspectPdf(text('%PDF-1.7\n%%EOF\n'), limits)).toEqual({ ok: false, error: 'truncated' });
  });

  it('accepts trailing whitespace after the end marker', () => {
    const padded = new Uint8Array([...pdf(), ...text('\r\n\n')]);
    expect(inspectPdf(padded, limits).ok).toBe(true);
  });
});

describe('countPages', () => {
  it('reads the root page tree, else counts pages, else says it cannot tell', () => {
    expect(countPages('1 0 obj << /Type /Pages /Kids [3 0 R 4 0 R] /Count 2 >> endobj 5 0 obj << /Count 9 /Type/Pages /Resources << /Font << >> >> >> endobj')).toBe(9);
    expect(countPages('<< /Type /Page >> << /Type /Page >> << /Type /Catalog >>')).toBe(2);
    expect(countPages('compressed objects only')).toBeNull();
  });
});

describe('makeMinimalPdf', () => {
  it('writes a cross-reference table whose offsets point at each object', () => {
    const bytes = pdf(2);
    const s = Buffer.from(bytes).toString('latin1');
    const startxref = Number(/startxref\n(\d+)\n%%EOF\n$/.exec(s)?.[1]);
    expect(s.slice(startxref, startxref + 4)).toBe('xref');
    const entries = [...s.slice(startxref).matchAll(/^(\d{10}) 00000 n $/gm)].map((m) => Number(m[1]));
    expect(entries).toHaveLength(8);
    entries.forEach((offset, i) => expect(s.slice(offset, offset + `${i + 1} 0 obj`.length)).toBe(`${i + 1} 0 obj`));
  });

  it('escapes parentheses and replaces what the standard fonts cannot show', () => {
    const s = Buffer.from(makeMinimalPdf([{ title: 'A (draft) \\ Алматы', paragraphs: [] }])).toString('latin1');
    expect(s).toContain('(A \\(draft\\) \\\\ ??????) Tj');
  });
});
