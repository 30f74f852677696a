import { describe, expect, it } from 'vitest';
import type { DocumentLink } from '@/db/queries/documents';
import { documentCard, type DocumentCardLabels } from './card';

const labels: DocumentCardLabels = {
  type: (type) => (type === 'report' ? 'Report' : type),
  details: (size, pages) => (pages ? `PDF, ${size}, ${pages} pages` : `PDF, ${size}`),
  onlyIn: (l) => (l === 'en' ? 'Available in English only' : 'Available in Russian only'),
};

const file = (locale: string) => ({ url: `/documents/4/${locale}/${'a'.repeat(64)}.pdf`, bytes: 2048, pages: 3 });
const link = (files: DocumentLink['files'], title = 'Joint Work Plan'): DocumentLink => ({ id: 4, type: 'report', year: 2021, title, file: null, files });

describe('documentCard (a document linked from a story, in the reader language)', () => {
  it("links the reader's own file, with the title, type, year and size", () => {
    const card = documentCard(link({ en: { title: 'Joint Work Plan', ...file('en') }, ru: { title: 'План', ...file('ru') } }), 'en', labels);
    expect(card).toEqual({ title: 'Joint Work Plan', meta: 'Report · 2021', href: file('en').url, fileLocale: 'en', details: 'PDF, 2 kB, 3 pages', note: null });
  });

  it("links the other language's file when the reader's is missing, and says so", () => {
    const card = documentCard(link({ en: { title: 'Joint Work Plan', ...file('en') } }, 'Совместный план работы'), 'ru', labels);
    expect(card).toMatchObject({ title: 'Совместный план работы', href: file('en').url, fileLocale: 'en', note: 'Available in English only' });
  });

  it('gives no card for a document without any file', () => {
    expect(documentCard(link({}), 'en', labels)).toBeNull();
  });
});
