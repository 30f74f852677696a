import { LOCALES, type ContentLocale } from '@/db/schema';

/**
 * The public address of one language's file of a document. It names the content's hash, so it
 * can be cached for ever: a replaced file gets a new address.
 */
export function documentFileUrl(documentId: number, locale: ContentLocale, sha256: string): string {
  return `/documents/${documentId}/${locale}/${sha256}.pdf`;
}

/** The address of whatever file that language has now: stable for sharing, cached briefly. */
export function currentDocumentFileUrl(documentId: number, locale: ContentLocale): string {
  return `/documents/${documentId}/${locale}.pdf`;
}

export type DocumentFilePath = { documentId: number; locale: ContentLocale; sha256: string | null };

/** Reads `/documents/…` back; null for anything else. */
export function parseDocumentFilePath(segments: readonly string[]): DocumentFilePath | null {
  const [id, second, third, ...rest] = segments;
  if (!id || !/^[1-9]\d{0,9}$/.test(id) || rest.length) return null;
  const documentId = Number(id);
  const isLocale = (v: string): v is ContentLocale => (LOCALES as readonly string[]).includes(v);
  if (third === undefined) {
    const match = /^([a-z]{2})\.pdf$/.exec(second ?? '');
    return match && isLocale(match[1]!) ? { documentId, locale: match[1], sha256: null } : null;
  }
  const hash = /^([0-9a-f]{64})\.pdf$/.exec(third);
  return second && isLocale(second) && hash ? { documentId, locale: second, sha256: hash[1]! } : null;
}
