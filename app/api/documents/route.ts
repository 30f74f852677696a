import { NextResponse, type NextRequest } from 'next/server';
import { z } from 'zod';
import { getDb } from '@/db';
import { createDocument, type IncomingFile } from '@/db/mutations/documents';
import { searchDocumentSummaries } from '@/db/queries/documents';
import { LOCALES, type ContentLocale } from '@/db/schema';
import { fieldErrorsOf, formDataToObject, type ErrorKey } from '@/lib/action';
import { clientIp } from '@/lib/auth';
import { ALL_ROLES, getCurrentUser, hasRole } from '@/lib/authz';
import { pdfErrorKey } from '@/lib/documents/errors';
import type { DocumentSummary } from '@/lib/documents/summary';
import { documentLimits } from '@/lib/documents/limits';
import { revalidateDocumentPages } from '@/lib/documents/revalidate';
import { cleanFileName, isSameOrigin, uploadedFile } from '@/lib/documents/upload-request';
import { getUploadStorage } from '@/lib/storage';
import { documentFieldsSchema, groupDocumentForm } from '@/lib/validation/documents';

export type CreateDocumentResponse = { ok: true; documentId: number } | { ok: false; error: ErrorKey; fieldErrors?: Record<string, ErrorKey> };

const fail = (error: ErrorKey, status: number, fieldErrors?: Record<string, ErrorKey>) =>
  NextResponse.json<CreateDocumentResponse>({ ok: false, error, ...(fieldErrors ? { fieldErrors } : {}) }, { status });

/**
 * A new document with its files, posted as one multipart form (`type`, `year`, `countries`,
 * `title.en`, `description.ru`, `file.en`, `file.ru`…). A route handler rather than a server
 * action, like image uploads: the browser can show upload progress, and the body (up to two PDFs
 * of DOCUMENT_MAX_MB each) is not bound by the server actions' body limit, which stays small for
 * every other form. Same order as every action: role first, then the input, then one transaction
 * with its audit entry, then revalidation.
 */
export async function POST(request: NextRequest) {
  if (!isSameOrigin(request)) return fail('Errors.forbidden', 403);
  const user = await getCurrentUser();
  if (!hasRole(user, ['admin', 'editor'])) return fail('Errors.forbidden', 403);

  const limits = documentLimits();
  // Refuse an oversized body before reading it: two files and the fields around them.
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > LOCALES.length * limits.maxBytes + 256 * 1024) return fail('Errors.pdfTooLarge', 413);

  let form: FormData;
  try {
    form = await request.formData();
  } catch {
    return fail('Errors.invalidInput', 400);
  }
  const parsed = documentFieldsSchema.safeParse(groupDocumentForm(formDataToObject(form)));
  const fieldErrors: Record<string, ErrorKey> = parsed.success ? {} : fieldErrorsOf(parsed.error);
  const files: Partial<Record<ContentLocale, File>> = {};
  for (const locale of LOCALES) {
    const file = uploadedFile(form.get(`file.${locale}`));
    if (!file) continue;
    if (file.size > limits.maxBytes) fieldErrors[`file.${locale}`] = 'Errors.pdfTooLarge';
    else files[locale] = file;
  }
  if (!LOCALES.some((l) => files[l]) && !LOCALES.some((l) => fieldErrors[`file.${l}`])) fieldErrors.file = 'Errors.documentFileRequired';
  if (!parsed.success || Object.keys(fieldErrors).length) return fail('Errors.invalidInput', 422, fieldErrors);

  const incoming: Partial<Record<ContentLocale, IncomingFile>> = {};
  for (const locale of LOCALES) {
    const file = files[locale];
    if (file) incoming[locale] = { bytes: new Uint8Array(await file.arrayBuffer()), originalName: cleanFileName(file.name, `document-${locale}.pdf`) };
  }
  try {
    const result = await createDocument(getDb(), getUploadStorage(), { ...parsed.data, files: incoming }, { id: user.id, ip: clientIp(request.headers) }, limits);
    if (!result.ok) {
      if (result.error === 'file_required') return fail('Errors.invalidInput', 422, { file: 'Errors.documentFileRequired' });
      const errors = Object.fromEntries(Object.entries(result.fileErrors).map(([l, e]) => [`file.${l}`, pdfErrorKey(e)]));
      return fail('Errors.invalidInput', 422, errors);
    }
    revalidateDocumentPages();
    return NextResponse.json<CreateDocumentResponse>({ ok: true, documentId: result.documentId }, { status: 201 });
  } catch (error) {
    console.error('Document upload failed', error);
    return fail('Errors.unexpected', 500);
  }
}

export type DocumentListResponse = { ok: true; items: DocumentSummary[] } | { ok: false; error: ErrorKey };

/** The picker lists at most this many; a search narrows it down. */
const PICKER_LIMIT = 60;

const listQuerySchema = z.object({ q: z.string().trim().max(200).optional(), lang: z.enum(LOCALES).default('en') });

/**
 * The story editor's document picker: the library newest year first, or the documents whose title
 * in `lang` (the language being edited) contains `q`. Any signed-in staff member may list it (a
 * translator sees the documents a story links); nothing here changes.
 */
export async function GET(request: NextRequest) {
  const headers = { 'Cache-Control': 'private, no-store' };
  const user = await getCurrentUser();
  if (!hasRole(user, ALL_ROLES)) return NextResponse.json<DocumentListResponse>({ ok: false, error: 'Errors.forbidden' }, { status: 403, headers });
  const params = request.nextUrl.searchParams;
  const parsed = listQuerySchema.safeParse({ q: params.get('q') ?? undefined, lang: params.get('lang') ?? undefined });
  if (!parsed.success) return NextResponse.json<DocumentListResponse>({ ok: false, error: 'Errors.invalidInput' }, { status: 400, headers });
  const items = searchDocumentSummaries(parsed.data.q || undefined, parsed.data.lang, PICKER_LIMIT);
  return NextResponse.json<DocumentListResponse>({ ok: true, items }, { headers });
}
