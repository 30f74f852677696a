import type { ErrorKey } from '../action';
import type { PdfError } from './pdf';

const PDF_ERROR_KEYS: Record<PdfError, ErrorKey> = {
  empty: 'Errors.pdfEmpty',
  too_large: 'Errors.pdfTooLarge',
  not_pdf: 'Errors.pdfType',
  truncated: 'Errors.pdfTruncated',
};

export function pdfErrorKey(error: PdfError): ErrorKey {
  return PDF_ERROR_KEYS[error];
}
