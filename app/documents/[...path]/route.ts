import type { NextRequest } from 'next/server';
import { getDocumentFile } from '@/db/queries/documents';
import { downloadDisposition } from '@/lib/documents/download-name';
import { documentFileKey } from '@/lib/documents/pdf';
import { documentFileUrl, parseDocumentFilePath } from '@/lib/documents/urls';
import { parseRange, rangeStillApplies } from '@/lib/http-range';
import { getUploadStorage } from '@/lib/storage';

const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'no-store' } });

/**
 * A document's file in one language, downloaded under a name made from its title:
 * `/documents/<id>/<locale>/<sha256>.pdf` (the links the site makes; the content never changes
 * under it, so it is cached for ever) or `/documents/<id>/<locale>.pdf` (whatever file that
 * language has now; revalidated each time). Only files an existing document points at are served;
 * a hash the document no longer has redirects to its current file.
 */
export async function GET(request: NextRequest, { params }: RouteContext<'/documents/[...path]'>) {
  const path = parseDocumentFilePath((await params).path);
  if (!path) return notFound();
  const file = getDocumentFile(path.documentId, path.locale);
  if (!file) return notFound();
  if (path.sha256 !== null && path.sha256 !== file.sha256) {
    return new Response(null, { status: 302, headers: { Location: documentFileUrl(path.documentId, path.locale, file.sha256), 'Cache-Control': 'no-store' } });
  }
  const etag = `"${file.sha256}"`;
  const cacheControl = path.sha256 ? 'public, max-age=31536000, immutable' : 'public, max-age=0, must-revalidate';
  const common = { ETag: etag, 'Cache-Control': cacheControl, 'X-Content-Type-Options': 'nosniff' };
  if (request.headers.get('if-none-match')?.split(',').some((v) => v.trim() === etag)) return new Response(null, { status: 304, headers: common });

  // One byte range, for PDF viewers that read a page at a time and downloads resumed after a
  // dropped mobile connection; anything else gets the whole file.
  const range = rangeStillApplies(request.headers.get('if-range'), etag) ? parseRange(request.headers.get('range'), file.bytes) : null;
  if (range === 'unsatisfiable') {
    return new Response(null, { status: 416, headers: { ...common, 'Content-Range': `bytes */${file.bytes}` } });
  }
  const stream = await getUploadStorage().stream(documentFileKey(file.sha256), range ?? undefined);
  if (!stream) {
    console.error(`Document ${path.documentId} (${path.locale}) points at a missing file ${file.sha256}`);
    return notFound();
  }
  const headers = {
    ...common,
    'Accept-Ranges': 'bytes',
    'Content-Type': 'application/pdf',
    'Content-Disposition': downloadDisposition(file.title, `document-${path.documentId}-${path.locale}`),
    'Cross-Origin-Resource-Policy': 'same-origin',
  };
  if (range) {
    return new Response(stream, {
      status: 206,
      headers: { ...headers, 'Content-Range': `bytes ${range.start}-${range.end}/${file.bytes}`, 'Content-Length': String(range.end - range.start + 1) },
    });
  }
  return new Response(stream, { headers: { ...headers, 'Content-Length': String(file.bytes) } });
}
