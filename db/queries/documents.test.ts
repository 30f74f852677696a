import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeMinimalPdf } from '@/lib/documents/minimal-pdf';
import { createLocalStorage } from '@/lib/storage';
import { createTestDatabase } from '@/lib/testing/db';
import type { Db } from '../client';
import { createDocument, type DocumentFields } from '../mutations/documents';
import type { DocumentType } from '../schema';
import { getDocumentFile, getDocumentLinks, listDocumentFilterOptions, listDocuments } from './documents';

let db: Db;
let cleanup: () => void;
let root: string;
beforeEach(() => {
  ({ db, cleanup } = createTestDatabase());
  root = mkdtempSync(path.join(tmpdir(), 'newsroom-documents-q-'));
});
afterEach(() => {
  cleanup();
  rmSync(root, { recursive: true, force: true });
});

let n = 0;
async function add(type: DocumentType, year: number, countries: string[], en: string, ru: string, files: ('en' | 'ru')[] = ['en', 'ru'], description = ''): Promise<number> {
  const fields: DocumentFields = { type, year, countries, text: { en: { title: en, description }, ru: { title: ru, description: '' } } };
  const input = {
    ...fields,
    files: Object.fromEntries(files.map((l) => [l, { bytes: makeMinimalPdf([{ title: `${en} ${l} ${++n}`, paragraphs: [] }]), originalName: `${l}-${n}.pdf` }])),
  };
  const result = await createDocument(db, createLocalStorage(root), input, { id: null, ip: null }, { maxBytes: 1e6 });
  if (!result.ok) throw new Error(result.error);
  return result.documentId;
}

async function seedFour() {
  return {
    kzFactsheet: await add('factsheet', 2021, ['KZ'], 'Kazakhstan factsheet', 'Бюллетень по Казахстану'),
    kgLaw: await add('legislation_analysis', 2020, ['KG'], 'Kyrgyzstan legislation', 'Законодательство Кыргызстана', ['ru']),
    regional: await add('meeting_document', 2021, ['KZ', 'KG', 'TJ'], 'Senior Officials Meeting, Istanbul', 'Совещание в Стамбуле', ['en'], 'Joint Work Plan 2021–2022'),
    uzLaw: await add('legislation_analysis', 2022, ['UZ'], 'Uzbekistan legislation', 'Законодательство Узбекистана'),
  };
}
const titles = (items: { languages: { en: { title: string } } }[]) => items.map((i) => i.languages.en.title);

describe('listDocuments', () => {
  it('lists newest year first, each with both titles and the files it has', async () => {
    const ids = await seedFour();
    const { items, total } = listDocuments({}, {}, db);
    expect(total).toBe(4);
    expect(titles(items)).toEqual(['Uzbekistan legislation', 'Senior Officials Meeting, Istanbul', 'Kazakhstan factsheet', 'Kyrgyzstan legislation']);
    const kg = items.find((i) => i.id === ids.kgLaw)!;
    expect(kg.languages.en).toMatchObject({ title: 'Kyrgyzstan legislation', file: null });
    expect(kg.languages.ru.file?.url).toMatch(new RegExp(`^/documents/${ids.kgLaw}/ru/[0-9a-f]{64}\\.pdf$`));
    expect(items.find((i) => i.id === ids.regional)!.countries).toEqual(['KG', 'KZ', 'TJ']);
  });

  it('narrows by type, country and year, alone and together', async () => {
    await seedFour();
    expect(titles(listDocuments({ type: 'legislation_analysis' }, {}, db).items)).toEqual(['Uzbekistan legislation', 'Kyrgyzstan legislation']);
    expect(titles(listDocuments({ country: 'KG' }, {}, db).items)).toEqual(['Senior Officials Meeting, Istanbul', 'Kyrgyzstan legislation']);
    expect(titles(listDocuments({ year: 2021 }, {}, db).items)).toEqual(['Senior Officials Meeting, Istanbul', 'Kazakhstan factsheet']);
    expect(titles(listDocuments({ year: 2021, country: 'KZ', type: 'factsheet' }, {}, db).items)).toEqual(['Kazakhstan factsheet']);
    expect(listDocuments({ year: 2019 }, {}, db)).toMatchObject({ items: [], total: 0, page: 1, pageCount: 1 });
  });

  it('searches titles, descriptions and file names in both languages, taking % and _ literally', async () => {
    await seedFour();
    expect(titles(listDocuments({ q: 'Стамбул' }, {}, db).items)).toEqual(['Senior Officials Meeting, Istanbul']);
    expect(titles(listDocuments({ q: 'СТАМБУЛ' }, {}, db).items)).toEqual(['Senior Officials Meeting, Istanbul']);
    expect(titles(listDocuments({ q: 'стамбул' }, {}, db).items)).toEqual(['Senior Officials Meeting, Istanbul']);
    expect(titles(listDocuments({ q: 'work plan' }, {}, db).items)).toEqual(['Senior Officials Meeting, Istanbul']);
    expect(listDocuments({ q: '%' }, {}, db).total).toBe(0);
    expect(listDocuments({ q: 'ru-' }, {}, db).total).toBe(3);
  });

  it('pages through the list, most recently changed first for the admin', async () => {
    await seedFour();
    const first = listDocuments({}, { pageSize: 3, page: 1, order: 'updated' }, db);
    const second = listDocuments({}, { pageSize: 3, page: 2, order: 'updated' }, db);
    expect(first).toMatchObject({ total: 4, page: 1, pageCount: 2 });
    expect(titles(first.items)).toEqual(['Uzbekistan legislation', 'Senior Officials Meeting, Istanbul', 'Kyrgyzstan legislation']);
    expect(titles(second.items)).toEqual(['Kazakhstan factsheet']);
    expect(listDocuments({}, { pageSize: 3, page: 9 }, db).page).toBe(2);
  });
});

describe('listDocumentFilterOptions', () => {
  it('offers the countries and years documents have', async () => {
    await seedFour();
    expect(listDocumentFilterOptions(db)).toEqual({ countries: ['KG', 'KZ', 'TJ', 'UZ'], years: [2022, 2021, 2020] });
  });
});

describe('getDocumentFile', () => {
  it('finds a language’s file only where the document has one', async () => {
    const { kgLaw } = await seedFour();
    expect(getDocumentFile(kgLaw, 'ru', db)).toMatchObject({ title: 'Законодательство Кыргызстана' });
    expect(getDocumentFile(kgLaw, 'en', db)).toBeUndefined();
    expect(getDocumentFile(9999, 'ru', db)).toBeUndefined();
  });
});

describe('getDocumentLinks', () => {
  it('gives each document’s title in the locale and each language’s file, in the order asked, skipping missing ids', async () => {
    const { kgLaw, kzFactsheet } = await seedFour();
    const links = getDocumentLinks(db, [kgLaw, 9999, kzFactsheet, kgLaw], 'en');
    expect(links.map((l) => [l.id, l.title, l.file !== null, Object.keys(l.files).sort()])).toEqual([
      [kgLaw, 'Kyrgyzstan legislation', false, ['ru']],
      [kzFactsheet, 'Kazakhstan factsheet', true, ['en', 'ru']],
    ]);
    expect(links[0]!.files.ru).toMatchObject({ title: 'Законодательство Кыргызстана', pages: 1 });
    expect(getDocumentLinks(db, [], 'ru')).toEqual([]);
  });
});
