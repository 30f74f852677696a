import { draftMode } from 'next/headers';
import { redirect } from 'next/navigation';
import type { NextRequest } from 'next/server';
import { safeCallbackUrl } from '@/lib/callback-url';
import { isLocale } from '@/i18n/routing';

export async function GET(request: NextRequest) {
  (await draftMode()).disable();
  const lang = request.nextUrl.searchParams.get('lang');
  redirect(safeCallbackUrl(request.nextUrl.searchParams.get('to'), isLocale(lang) ? lang : 'en'));
}
