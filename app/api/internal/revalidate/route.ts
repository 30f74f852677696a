import { z } from 'zod';
import { isInternalToken } from '@/lib/internal-token';
import { revalidateEverything, revalidateSlugsOfEveryType } from '@/lib/revalidate';

const bodySchema = z.object({ slugs: z.array(z.string().min(1).max(300).regex(/^[^/?#]+$/)).max(500).default([]), all: z.boolean().default(false) });

/**
 * Refreshes cached public pages: those of stories whose scheduled time has come (the scheduler),
 * or all of them (`all`: after the database was changed behind the app's back, e.g. restored).
 * Only holders of the internal token (the server itself, its operators' scripts) may ask; to
 * anyone else it does not exist.
 */
export async function POST(request: Request) {
  if (!isInternalToken('revalidate', request.headers.get('x-newsroom-internal'))) return new Response('Not found', { status: 404 });
  const parsed = bodySchema.safeParse(await request.json().catch(() => null));
  if (!parsed.success) return new Response('Bad request', { status: 400 });
  if (parsed.data.all) revalidateEverything();
  else revalidateSlugsOfEveryType(parsed.data.slugs);
  return new Response(null, { status: 204 });
}
