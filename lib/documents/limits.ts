import { getEnv } from '../env';
import type { PdfLimits } from './pdf';

/** The configured limits (DOCUMENT_MAX_MB). */
export function documentLimits(): PdfLimits {
  return { maxBytes: getEnv().DOCUMENT_MAX_MB * 1024 * 1024 };
}
