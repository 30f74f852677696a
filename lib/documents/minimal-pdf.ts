/**
 * A small, valid PDF of plain text, written by hand so the demo and the tests need no PDF
 * library and download nothing: A4 pages in Helvetica, one title and wrapped paragraphs per
 * page, a correct cross-reference table. Text outside printable ASCII becomes `?` (the standard
 * fonts' encoding has no Cyrillic); callers write Latin.
 */
export type MinimalPdfPage = { title: string; paragraphs: string[] };

const WIDTH = 595;
const HEIGHT = 842;
const MARGIN = 56;
const WRAP = 88;

const escape = (s: string) =>
  s
    .replace(/[^\x20-\x7e]/g, '?')
    .replace(/[\\()]/g, (c) => `\\${c}`);

function wrap(text: string, width = WRAP): string[] {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  return lines;
}

function pageContent(page: MinimalPdfPage): string {
  const ops = ['BT', `/F1 18 Tf ${MARGIN} ${HEIGHT - MARGIN - 18} Td 22 TL`];
  for (const line of wrap(page.title, 48)) ops.push(`(${escape(line)}) Tj T*`);
  ops.push('/F1 11 Tf 15 TL T*');
  for (const paragraph of page.paragraphs) {
    for (const line of wrap(paragraph)) ops.push(`(${escape(line)}) Tj T*`);
    ops.push('T*');
  }
  ops.push('ET');
  return ops.join('\n');
}

export function makeMinimalPdf(pages: MinimalPdfPage[], info: { title?: string } = {}): Uint8Array<ArrayBuffer> {
  if (pages.length === 0) throw new Error('A PDF needs at least one page');
  // Objects: 1 catalog, 2 page tree, 3 font, 4 info, then a page and its content per page.
  const pageIds = pages.map((_, i) => 5 + i * 2);
  const objects: string[] = [
    '<< /Type /Catalog /Pages 2 0 R >>',
    `<< /Type /Pages /Kids [${pageIds.map((id) => `${id} 0 R`).join(' ')}] /Count ${pages.length} >>`,
    '<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica /Encoding /WinAnsiEncoding >>',
    `<< /Producer (Newsroom demo)${info.title ? ` /Title (${escape(info.title)})` : ''} >>`,
  ];
  pages.forEach((page, i) => {
    const contentId = pageIds[i]! + 1;
    objects.push(`<< /Type /Page /Parent 2 0 R /MediaBox [0 0 ${WIDTH} ${HEIGHT}] /Resources << /Font << /F1 3 0 R >> >> /Contents ${contentId} 0 R >>`);
    const stream = pageContent(page);
    objects.push(`<< /Length ${stream.length} >>\nstream\n${stream}\nendstream`);
  });

  // A binary comment after the header tells transfer tools the file is binary.
  let out = '%PDF-1.4\n%\xe2\xe3\xcf\xd3\n';
  const offsets: number[] = [];
  objects.forEach((body, i) => {
    offsets.push(out.length);
    out += `${i + 1} 0 obj\n${body}\nendobj\n`;
  });
  const xref = out.length;
  out += `xref\n0 ${objects.length + 1}\n0000000000 65535 f \n`;
  for (const offset of offsets) out += `${String(offset).padStart(10, '0')} 00000 n \n`;
  out += `trailer\n<< /Size ${objects.length + 1} /Root 1 0 R /Info 4 0 R >>\nstartxref\n${xref}\n%%EOF\n`;
  // Every character above is a single byte (Latin-1), so string offsets are byte offsets.
  return new Uint8Array(Buffer.from(out, 'latin1'));
}
