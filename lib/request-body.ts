/**
 * Reads a request's body, but never more than `maxBytes` of it: a declared Content-Length over
 * the limit is refused before a byte is read, and a body sent without one (chunked) is cut off
 * as soon as it passes the limit, so a client cannot make the server buffer an unbounded upload.
 */
export async function readBodyWithin(request: Request, maxBytes: number): Promise<{ ok: true; bytes: Uint8Array<ArrayBuffer> } | { ok: false; error: 'too_large' | 'unreadable' }> {
  const declared = request.headers.get('content-length');
  if (declared !== null && (!/^\d+$/.test(declared.trim()) || Number(declared) > maxBytes)) {
    return { ok: false, error: /^\d+$/.test(declared.trim()) ? 'too_large' : 'unreadable' };
  }
  if (!request.body) return { ok: true, bytes: new Uint8Array() };
  const reader = request.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      total += value.byteLength;
      if (total > maxBytes) {
        await reader.cancel().catch(() => undefined);
        return { ok: false, error: 'too_large' };
      }
      chunks.push(value);
    }
  } catch {
    return { ok: false, error: 'unreadable' };
  }
  const bytes = new Uint8Array(new ArrayBuffer(total));
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return { ok: true, bytes };
}

/** Parses a multipart (or urlencoded) body already read into memory, by the request's own Content-Type. */
export async function parseFormBody(contentType: string | null, bytes: Uint8Array<ArrayBuffer>): Promise<FormData | null> {
  if (!contentType) return null;
  try {
    return await new Response(bytes, { headers: { 'content-type': contentType } }).formData();
  } catch {
    return null;
  }
}
