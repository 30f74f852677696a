import type { TranslationText } from '@/db/schema';
import { diffBlocks } from './block-diff';

/** The source fields a translator follows (the slug is each language's own; dates are shared). */
export const TRANSLATED_FIELDS = ['title', 'summary', 'dateline', 'seoTitle', 'seoDescription'] as const;
export type TranslatedField = (typeof TRANSLATED_FIELDS)[number];

/** One of a type's own per-language fields (an event's venue…), named as `fields.venue`. */
export type EntryFieldName = `fields.${string}`;

export type SourceChange = {
  /** `field:title`, `field:fields.venue` or `block:<id>`: what a translator's mark refers to. */
  key: string;
  field: TranslatedField | EntryFieldName | null;
  blockId: string | null;
  change: 'changed' | 'added' | 'removed' | 'moved';
  before: string | null;
  after: string | null;
  /** For an image block: the pictures before and after (there is no text to translate). */
  image?: { before: number | null; after: number | null };
  /** For a document block: the documents before and after (its words come from the library). */
  document?: { before: number | null; after: number | null };
  /** For a story reference: the stories before and after (its words come from the story). */
  storyRef?: { before: number | null; after: number | null };
  /** Identifies the source text the change leads to; a mark made against other text no longer holds. */
  hash: string;
};

/** FNV-1a, 64 bits as hex: a stable fingerprint of a text, the same in Node and the browser. */
export function fingerprint(text: string): string {
  let h = 0xcbf29ce484222325n;
  for (const byte of new TextEncoder().encode(text)) h = BigInt.asUintN(64, (h ^ BigInt(byte)) * 0x100000001b3n);
  return h.toString(16).padStart(16, '0');
}

/**
 * What changed in the source between the revision a translation was synced to and now: each
 * translated field whose text differs, and each body block added, removed, moved or reworded.
 */
export function sourceChangesSince(synced: TranslationText, current: TranslationText): SourceChange[] {
  const changes: SourceChange[] = [];
  for (const field of TRANSLATED_FIELDS) {
    if (synced[field] === current[field]) continue;
    changes.push({ key: `field:${field}`, field, blockId: null, change: 'changed', before: synced[field], after: current[field], hash: fingerprint(`changed\u0000${current[field]}`) });
  }
  // A type's own fields, in a stable order, each like the fields above.
  const before = synced.fields ?? {};
  const after = current.fields ?? {};
  for (const name of [...new Set([...Object.keys(before), ...Object.keys(after)])].sort()) {
    const [was, now] = [before[name] ?? '', after[name] ?? ''];
    if (was === now) continue;
    const field: EntryFieldName = `fields.${name}`;
    changes.push({ key: `field:${field}`, field, blockId: null, change: 'changed', before: was, after: now, hash: fingerprint(`changed\u0000${now}`) });
  }
  for (const block of diffBlocks(synced.body, current.body)) {
    if (block.change === 'unchanged') continue;
    // An image's identity is its media id: a mark holds for the picture it was made against.
    const picture = block.image ? `\u0000image:${block.image.after ?? block.image.before ?? ''}` : '';
    // Likewise a document's: a mark holds for the document it was made against.
    const linked = block.document ? `\u0000document:${block.document.after ?? block.document.before ?? ''}` : '';
    // And a story reference's: a mark holds for the story it was made against.
    const referred = block.storyRef ? `\u0000storyRef:${block.storyRef.after ?? block.storyRef.before ?? ''}` : '';
    changes.push({
      key: `block:${block.id}`,
      field: null,
      blockId: block.id,
      change: block.change,
      before: block.before,
      after: block.after,
      ...(block.image ? { image: block.image } : {}),
      ...(block.document ? { document: block.document } : {}),
      ...(block.storyRef ? { storyRef: block.storyRef } : {}),
      hash: fingerprint(`${block.change}\u0000${block.after ?? block.before ?? ''}${picture}${linked}${referred}`),
    });
  }
  return changes;
}

/** The changes a translator has not yet marked as handled against the source text they see now. */
export function pendingChanges(changes: SourceChange[], marks: { key: string; sourceHash: string }[]): SourceChange[] {
  const marked = new Map(marks.map((m) => [m.key, m.sourceHash]));
  return changes.filter((c) => marked.get(c.key) !== c.hash);
}
