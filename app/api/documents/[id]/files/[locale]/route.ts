import { NextResponse, type NextRequest } from 'next/server';
import { getDb } from '@/db';
import { replaceDocumentFile } from '@/db/mutations/documents';
import type { ErrorKey } from '@/lib/action';
import { clientIp } from '@/lib/auth';
import { getCurrentUser, hasRole } from '@/lib/authz';
import { pdfErrorKey } from '@/lib/documents/errors';
import { documentLimits } from '@/lib/documents/limits';
import { revalidateDocumentPages } from '@/lib/documents/revalidate';
import { cleanFileName, isSameOrigin, uploadedFile } from '@/lib/documents/upload-request';
import { getUploadStorage } from '@/lib/storage';
import { documentFileInputSchema } from '@/lib/validation/documents';

export type ReplaceDocumentFileResponse = { ok: true } | { ok: false; error: ErrorKey };

const fail = (error: ErrorKey, status: number) => NextResponse.json<ReplaceDocumentFileResponse>({ ok: false, error }, { status });

/**
 * One language's PDF of an existing document, posted as multipart `file`: its first file in that
 * language, or a replacement (the previous file is removed once nothing uses it). A route
 * handler like the document upload, for progress and for its size.
 */
export async function POST(request: NextRequest, { params }: RouteContext<'/api/documents/[id]/files/[locale]'>) {
  if (!isSameOrigin(request)) return fail('Errors.forbidden', 403);
  const user = await getCurrentUser();
  if (!hasRole(user, ['admin', 'editor'])) return fail('Errors.forbidden', 403);

  const target = documentFileInputSchema.safeParse({ documentId: (await params).id, locale: (await params).locale });
  if (!target.success) return fail('Errors.documentNotFound', 404);
  const limits = documentLimits();
  const declared = Number(request.headers.get('content-length') ?? 0);
  if (declared > limits.maxBytes + 64 * 1024) return fail('Errors.pdfTooLarge', 413);

  let file: File | null;
  try {
    file = uploadedFile((await request.formData()).get('file'));
  } catch {
    return fail('Errors.invalidInput', 400);
  }
  if (!file) return fail('Errors.documentFileRequired', 422);
  if (file.size > limits.maxBytes) return fail('Errors.pdfTooLarge', 413);

  const { documentId, locale } = target.data;
  try {
    const result = await replaceDocumentFile(
      getDb(),
      getUploadStorage(),
      documentId,
      locale,
      { bytes: new Uint8Array(await file.arrayBuffer()), originalName: cleanFileName(file.name, `document-${locale}.pdf`) },
      { id: user.id, ip: clientIp(request.headers) },
      limits,
    );
    if (!result.ok) return result.error === 'not_found' ? fail('Errors.documentNotFound', 404) : fail(pdfErrorKey(result.fileError), 422);
    revalidateDocumentPages(documentId);
    return NextResponse.json<ReplaceDocumentFileResponse>({ ok: true });
  } catch (error) {
    console.error('Document file upload failed', error);
    return fail('Errors.unexpected', 500);
  }
}
