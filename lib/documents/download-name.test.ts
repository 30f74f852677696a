import { describe, expect, it } from 'vitest';
import { downloadDisposition } from './download-name';

describe('downloadDisposition', () => {
  it('names an English file after its title', () => {
    expect(downloadDisposition('UNHCR in Kazakhstan: factsheet 2021', 'document-1-en')).toBe(
      `attachment; filename="unhcr-in-kazakhstan-factsheet-2021.pdf"; filename*=UTF-8''UNHCR%20in%20Kazakhstan%20factsheet%202021.pdf`,
    );
  });

  it('transliterates a Russian title for old clients and keeps it whole, encoded, for the rest', () => {
    const value = downloadDisposition('Анализ законодательства Кыргызстана', 'document-2-ru');
    expect(value).toContain('filename="analiz-zakonodatelstva-kyrgyzstana.pdf"');
    const encoded = /filename\*=UTF-8''(.+)$/.exec(value)?.[1] ?? '';
    expect(encoded).toMatch(/^[A-Za-z0-9%._~!-]+$/);
    expect(decodeURIComponent(encoded)).toBe('Анализ законодательства Кыргызстана.pdf');
  });

  it('leaves nothing that could break the header or name a path', () => {
    const value = downloadDisposition('Report "2021"/draft\r\nSet-Cookie: x=1 (final)*', 'document-3-en');
    expect(value).not.toMatch(/[\r\n]/);
    const encoded = /filename\*=UTF-8''(.+)$/.exec(value)?.[1] ?? '';
    expect(decodeURIComponent(encoded)).toBe('Report 2021 draftSet-Cookie x=1 (final).pdf');
    expect(value).toContain('filename="report-2021-draft-set-cookie-x-1-final.pdf"');
  });

  it('falls back to the given name when the title has nothing usable', () => {
    expect(downloadDisposition('«»', 'document-4-ru')).toBe(`attachment; filename="document-4-ru.pdf"; filename*=UTF-8''%C2%AB%C2%BB.pdf`);
    expect(downloadDisposition('???', 'document-4-ru')).toBe(`attachment; filename="document-4-ru.pdf"; filename*=UTF-8''document-4-ru.pdf`);
  });
});
