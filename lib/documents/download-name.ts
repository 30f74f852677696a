import { slugify } from '../slug';

const MAX_NAME = 120;

/** A title as a file name: no path or reserved characters, no control characters, not too long. */
function fileNameOf(title: string): string {
  const clean = title
    .normalize('NFC')
    .replace(/[\u0000-\u001f\u007f-\u009f]/g, '')
    .replace(/[\\/:*?"<>|]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\.+/, '');
  if (clean.length <= MAX_NAME) return clean;
  const cut = clean.slice(0, MAX_NAME);
  const space = cut.lastIndexOf(' ');
  return (space > MAX_NAME / 2 ? cut.slice(0, space) : cut).trim();
}

/** RFC 5987 value-chars: what encodeURIComponent leaves plus nothing of `'()*`. */
const rfc5987 = (s: string) => encodeURIComponent(s).replace(/['()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);

/**
 * `Content-Disposition` for downloading a document's file under a name from its title: an ASCII
 * slug (Cyrillic transliterated) for old clients, and the title itself, UTF-8, for the rest
 * (RFC 6266). `fallback` names it when the title has nothing usable.
 */
export function downloadDisposition(title: string, fallback: string): string {
  const slug = slugify(title) || fallback;
  const name = fileNameOf(title) || fallback;
  return `attachment; filename="${slug}.pdf"; filename*=UTF-8''${rfc5987(`${name}.pdf`)}`;
}
