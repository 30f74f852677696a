import { describe, expect, it } from 'vitest';
import { currentDocumentFileUrl, documentFileUrl, parseDocumentFilePath } from './urls';

const sha = 'a'.repeat(64);
const segments = (url: string) => url.replace(/^\/documents\//, '').split('/');

describe('document file URLs', () => {
  it('read back what they were made from', () => {
    expect(parseDocumentFilePath(segments(documentFileUrl(12, 'ru', sha)))).toEqual({ documentId: 12, locale: 'ru', sha256: sha });
    expect(parseDocumentFilePath(segments(currentDocumentFileUrl(12, 'en')))).toEqual({ documentId: 12, locale: 'en', sha256: null });
  });

  it('refuse anything else', () => {
    for (const bad of ['0/en.pdf', '12/de.pdf', '12/en', `12/en/${sha}`, `12/en/${sha.slice(1)}.pdf`, `12/en/${sha.toUpperCase()}.pdf`, `12/xx/${sha}.pdf`, `12/en/${sha}.pdf/x`, '..%2F/en.pdf', '12']) {
      expect(parseDocumentFilePath(bad.split('/')), bad).toBeNull();
    }
  });
});
