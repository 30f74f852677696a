import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { getWorkingSlug } from '@/db/queries/stories';
import { isLocale } from '@/i18n/routing';
import { getCurrentUser } from '@/lib/authz';
import { entryType } from '@/lib/entry-types';

/**
 * Staff only: turns on Next's draft mode and opens the story's working copy in the public
 * layout. The story page checks again who is asking before it shows anything unpublished.
 */
export async function GET(request: NextRequest) {
  const storyId = Number(request.nextUrl.searchParams.get('story'));
  const lang = request.nextUrl.searchParams.get('lang');
  if (!Number.isInteger(storyId) || storyId <= 0 || !isLocale(lang)) return new Response('Bad request', { status: 400 });
  const user = await getCurrentUser();
  if (!user) redirect(`/${lang}/admin/sign-in?callbackUrl=${encodeURIComponent(entryType('story').editPath(lang, storyId))}`);
  const working = getWorkingSlug(storyId, lang);
  if (!working) return new Response('Not found', { status: 404 });
  (await draftMode()).enable();
  redirect(entryType(working.type).publicPath(lang, working.slug));
}
