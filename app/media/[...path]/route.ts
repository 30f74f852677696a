import { getUploadStorage } from '@/lib/storage';

// Only the variants we made: images/<sha256>/<width>.webp. Nothing else under UPLOADS_DIR is served.
const VARIANT_PATH = /^images\/[0-9a-f]{64}\/\d{1,4}\.webp$/;

export async function GET(_request: Request, { params }: RouteContext<'/media/[...path]'>) {
  const key = (await params).path.join('/');
  const notFound = () => new Response('Not found', { status: 404, headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' } });
  if (!VARIANT_PATH.test(key)) return notFound();
  const stream = await getUploadStorage().stream(key);
  if (!stream) return notFound();
  return new Response(stream, {
    headers: {
      'Content-Type': 'image/webp',
      // The name is the content's hash: it never changes, so it may be cached for ever.
      'Cache-Control': 'public, max-age=31536000, immutable',
      'X-Content-Type-Options': 'nosniff',
      // The Content-Security-Policy that takes effect is next.config.ts's rule for /media (it
      // replaces one set here): default-src 'none'; sandbox.
      'Cross-Origin-Resource-Policy': 'same-origin',
    },
  });
}
