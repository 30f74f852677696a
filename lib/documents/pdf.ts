import { createHash } from 'node:crypto';

export type PdfLimits = {
  /** Bytes of one file. */
  maxBytes: number;
};

/** What a refused file is told, one message each (messages' Errors.pdf*). */
export type PdfError = 'empty' | 'too_large' | 'not_pdf' | 'truncated';

export type InspectedPdf = {
  sha256: string;
  bytes: number;
  /** As the file's page tree says; null when it could not be told (e.g. inside compressed objects). */
  pages: number | null;
};

// A PDF starts with its header (`%PDF-1.7`, `%PDF-2.0`) and its last revision ends with `%%EOF`,
// which readers look for within the last 1024 bytes. A truncated upload loses the end.
const HEADER = /^%PDF-[12]\.\d/;
const TAIL_BYTES = 1024;
const MAX_PAGES = 1_000_000;

const latin1 = (bytes: Uint8Array) => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');

/**
 * Judges a file by its bytes, never by its name or declared type: it must begin with a PDF
 * header and end with a cross-reference pointer and `%%EOF`. So a PNG, an HTML page or an SVG
 * called `.pdf` is refused, and a PDF called `.jpg` is accepted as the PDF it is. This is not a
 * full parse: a well-formed start and end is what tells an export from a renamed or cut-off file.
 */
export function inspectPdf(bytes: Uint8Array, limits: PdfLimits): { ok: true; pdf: InspectedPdf } | { ok: false; error: PdfError } {
  if (bytes.length === 0) return { ok: false, error: 'empty' };
  if (bytes.length > limits.maxBytes) return { ok: false, error: 'too_large' };
  if (!HEADER.test(latin1(bytes.subarray(0, 8)))) return { ok: false, error: 'not_pdf' };
  const tail = latin1(bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)));
  const eof = tail.lastIndexOf('%%EOF');
  if (eof === -1 || !/startxref\s+\d+\s*$/.test(tail.slice(0, eof))) return { ok: false, error: 'truncated' };
  const sha256 = createHash('sha256').update(bytes).digest('hex');
  return { ok: true, pdf: { sha256, bytes: bytes.length, pages: countPages(latin1(bytes)) } };
}

/**
 * The page count the page tree declares: the largest `/Count` of a `/Type /Pages` node (the
 * root's), else the number of `/Type /Page` objects; null when neither can be seen, as in files
 * whose objects are all compressed.
 */
export function countPages(text: string): number | null {
  let largest = 0;
  for (const match of text.matchAll(/\/Type\s*\/Pages(?![A-Za-z0-9])/g)) {
    // Within the node's own object: from its `N 0 obj` to its `endobj` (nested dictionaries
    // such as inherited /Resources may sit between /Type and /Count).
    const start = Math.max(text.lastIndexOf('obj', match.index), match.index - 4096, 0);
    const endobj = text.indexOf('endobj', match.index);
    const end = Math.min(endobj === -1 ? text.length : endobj, match.index + 4096);
    const count = /\/Count\s+(\d{1,7})(?![0-9])/.exec(text.slice(start, end));
    if (count) largest = Math.max(largest, Number(count[1]));
  }
  if (largest > 0) return Math.min(largest, MAX_PAGES);
  const pages = [...text.matchAll(/\/Type\s*\/Page(?![A-Za-z0-9])/g)].length;
  return pages > 0 ? Math.min(pages, MAX_PAGES) : null;
}

/** Where a document file is stored: named by its content, so the same PDF is stored once. */
export function documentFileKey(sha256: string): string {
  return `documents/${sha256}.pdf`;
}
