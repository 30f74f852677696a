/** Bytes `start` to `end` of a file, both included (as in a Content-Range header). */
export type ByteRange = { start: number; end: number };

/**
 * The one byte range a `Range` header asks for, within a file of `size` bytes (RFC 9110 §14):
 * `bytes=0-499`, `bytes=500-` (to the end), `bytes=-500` (the last 500). An end past the file is
 * cut to it. `'unsatisfiable'` when the range starts past the end (answer 416); `null` when the
 * whole file is the answer: no header, one we do not read (another unit, bad syntax) or several
 * ranges at once — which a server may always answer with the whole file, and PDF viewers and
 * download managers ask for one at a time.
 */
export function parseRange(header: string | null, size: number): ByteRange | 'unsatisfiable' | null {
  if (!header) return null;
  const match = /^bytes=(\d*)-(\d*)$/.exec(header.trim());
  if (!match) return null;
  const [, from, to] = match;
  if (from === '' && to === '') return null;
  if (from === '') {
    // A suffix: the last N bytes (all of a file shorter than that).
    const length = Number(to);
    if (length === 0) return 'unsatisfiable';
    return size === 0 ? 'unsatisfiable' : { start: Math.max(0, size - length), end: size - 1 };
  }
  const start = Number(from);
  const end = to === '' ? size - 1 : Number(to);
  if (to !== '' && end < start) return null;
  if (start >= size) return 'unsatisfiable';
  return { start, end: Math.min(end, size - 1) };
}

/**
 * Whether a range request may be answered with part of the file: an `If-Range` naming another
 * version (an older ETag) asks for the whole new file instead. Only strong ETags are compared;
 * a date in If-Range never matches, so the whole file is sent.
 */
export function rangeStillApplies(ifRange: string | null, etag: string): boolean {
  return ifRange === null || ifRange.trim() === etag;
}
