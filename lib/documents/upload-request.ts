import 'server-only';
import type { NextRequest } from 'next/server';

/** Cookies are SameSite=Lax already; an upload posted from another origin is refused outright all the same. */
export function isSameOrigin(request: NextRequest): boolean {
  const origin = request.headers.get('origin');
  if (!origin) return true;
  try {
    return new URL(origin).host === request.headers.get('host');
  } catch {
    return false;
  }
}

/**
 * A file field of a multipart form, or null when none was chosen (browsers send an empty part
 * with no name for an empty file input). The name is only kept for people to recognise.
 */
export function uploadedFile(value: FormDataEntryValue | null): File | null {
  if (!(value instanceof File)) return null;
  if (value.size === 0 && value.name === '') return null;
  return value;
}

export function cleanFileName(name: string, fallback: string): string {
  return name.normalize('NFC').replace(/[\u0000-\u001f\u007f]/g, '').slice(0, 200) || fallback;
}
