import { describe, expect, it } from 'vitest';
import { parseFormBody, readBodyWithin } from './request-body';

/** A body sent in pieces with no Content-Length, as a chunked upload arrives. */
function chunked(pieces: number, size: number, onPull?: () => void): Request {
  let sent = 0;
  const body = new ReadableStream<Uint8Array>({
    pull(controller) {
      onPull?.();
      if (sent++ >= pieces) controller.close();
      else controller.enqueue(new Uint8Array(size).fill(65));
    },
  });
  return new Request('http://localhost/api/media', { method: 'POST', body, duplex: 'half' } as RequestInit);
}

describe('readBodyWithin', () => {
  it('reads a body within the limit', async () => {
    const result = await readBodyWithin(chunked(3, 100), 1000);
    expect(result.ok && result.bytes.length).toBe(300);
  });

  it('refuses a declared length over the limit without reading a byte', async () => {
    let pulls = 0;
    const request = chunked(3, 100, () => pulls++);
    const declared = new Request(request, { headers: { 'content-length': '5000' } });
    expect(await readBodyWithin(declared, 1000)).toEqual({ ok: false, error: 'too_large' });
    expect(pulls).toBeLessThanOrEqual(1);
  });

  it('cuts off a chunked body as soon as it passes the limit, without reading the rest', async () => {
    let pulls = 0;
    expect(await readBodyWithin(chunked(10_000, 1024, () => pulls++), 10 * 1024)).toEqual({ ok: false, error: 'too_large' });
    expect(pulls).toBeLessThan(20);
  });

  it('refuses a Content-Length that is not a number', async () => {
    const request = new Request('http://localhost/', { method: 'POST', body: 'x', headers: { 'content-length': 'lots' } });
    expect(await readBodyWithin(request, 10)).toEqual({ ok: false, error: 'unreadable' });
  });
});

describe('parseFormBody', () => {
  it('parses multipart bytes by their content type, and answers null for anything else', async () => {
    const form = new FormData();
    form.append('file', new File(['abc'], 'a.png'));
    const request = new Request('http://localhost/', { method: 'POST', body: form });
    const bytes = new Uint8Array(await request.arrayBuffer());
    const parsed = await parseFormBody(request.headers.get('content-type'), bytes);
    expect(parsed?.get('file')).toBeInstanceOf(File);
    expect(await parseFormBody(null, bytes)).toBeNull();
    expect(await parseFormBody('multipart/form-data; boundary=nope', bytes)).toBeNull();
  });
});
