import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { uploadImage } from '@/db/mutations/media';
import { searchMediaSummaries } from '@/db/queries/media';
import type { ErrorKey } from '@/lib/action';
import { clientIp } from '@/lib/auth';
import { ALL_ROLES, getCurrentUser, hasRole } from '@/lib/authz';
import { imageErrorKey } from '@/lib/media/errors';
import { IMAGE_LIMITS } from '@/lib/media/image';
import { revalidateMediaPages } from '@/lib/media/revalidate';
import { parseFormBody, readBodyWithin } from '@/lib/request-body';
import type { MediaSummary } from '@/lib/media/summary';
import { getUploadStorage } from '@/lib/storage';

export type UploadResponse = { ok: true; mediaId: number; duplicate: boolean } | { ok: false; error: ErrorKey };

const fail = (error: ErrorKey, status: number) => NextResponse.json<UploadResponse>({ ok: false, error }, { status });

/**
 * One image per request, posted as multipart `file`: a route handler rather than a server action
 * so the browser can report upload progress (XMLHttpRequest). Same order as every action: role
 * first, then the input, then one transaction with its audit entry.
 */
export async function POST(request: NextRequest) {
  // Cookies are SameSite=Lax already; refuse a cross-origin post outright all the same.
  if (!sameOrigin(request)) return fail('Errors.forbidden', 403);
  const user = await getCurrentUser();
  if (!hasRole(user, ['admin', 'editor'])) return fail('Errors.forbidden', 403);

  // At most the file's limit plus a little multipart framing is ever read: an oversized declared
  // length is refused unread, and a chunked body is cut off once it passes the limit.
  const body = await readBodyWithin(request, IMAGE_LIMITS.maxBytes + 64 * 1024);
  if (!body.ok) return body.error === 'too_large' ? fail('Errors.imageTooLarge', 413) : fail('Errors.invalidInput', 400);
  const file = (await parseFormBody(request.headers.get('content-type'), body.bytes))?.get('file');
  if (!(file instanceof File)) return fail('Errors.invalidInput', 400);
  if (file.size > IMAGE_LIMITS.maxBytes) return fail('Errors.imageTooLarge', 413);

  const bytes = new Uint8Array(await file.arrayBuffer());
  const originalName = file.name.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || 'image';
  try {
    const result = await uploadImage(getDb(), getUploadStorage(), { bytes, originalName }, { id: user.id, ip: clientIp(request.headers) });
    if (!result.ok) return fail(imageErrorKey(result.error), 422);
    revalidateMediaPages();
    return NextResponse.json<UploadResponse>({ ok: true, mediaId: result.mediaId, duplicate: result.duplicate }, { status: result.duplicate ? 200 : 201 });
  } catch (error) {
    console.error('Image upload failed', error);
    return fail('Errors.unexpected', 500);
  }
}

function sameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

export type MediaListResponse = { ok: true; items: MediaSummary[] } | { ok: false; error: ErrorKey };

/** The picker lists at most this many; a search narrows it down. */
const PICKER_LIMIT = 60;

const listQuerySchema = z.object({ q: z.string().trim().max(200).optional() });

/**
 * The story editor's image picker: the library newest first, or what matches `q`. Any signed-in
 * staff member may list it (a translator sees the images a story uses); nothing here changes.
 */
export async function GET(request: NextRequest) {
  const user = await getCurrentUser();
  if (!hasRole(user, ALL_ROLES)) return NextResponse.json<MediaListResponse>({ ok: false, error: 'Errors.forbidden' }, { status: 403, headers: { 'Cache-Control': 'private, no-store' } });
  const parsed = listQuerySchema.safeParse({ q: request.nextUrl.searchParams.get('q') ?? undefined });
  if (!parsed.success) return NextResponse.json<MediaListResponse>({ ok: false, error: 'Errors.invalidInput' }, { status: 400, headers: { 'Cache-Control': 'private, no-store' } });
  const items = searchMediaSummaries(parsed.data.q || undefined, PICKER_LIMIT);
  return NextResponse.json<MediaListResponse>({ ok: true, items }, { headers: { 'Cache-Control': 'private, no-store' } });
}
