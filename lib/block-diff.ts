import type { RichTextDoc, RichTextNode } from '@/db/schema';
import { documentBlockDocumentId, imageBlockMediaId, plainText, storyRefEntryId } from './rich-text';

export type BlockChange = {
  id: string;
  change: 'unchanged' | 'changed' | 'added' | 'removed' | 'moved';
  before: string | null;
  after: string | null;
  /** For moved blocks: whether the text (or, for an image, the picture) changed too. */
  textChanged: boolean;
  /**
   * Set when either side is an image block: the media ids before and after (null where that side
   * is absent or not an image). An image has no text to translate, but adding, removing or
   * replacing one is a change all the same.
   */
  image?: { before: number | null; after: number | null };
  /** The same for a document block: the document ids before and after. */
  document?: { before: number | null; after: number | null };
  /** The same for a story reference: the story entry ids before and after. */
  storyRef?: { before: number | null; after: number | null };
};

type Block = { id: string; text: string; mediaId: number | null; documentId: number | null; storyRefId: number | null };

function blocks(doc: RichTextDoc): Block[] {
  return doc.content.map((node: RichTextNode, i) => ({
    id: typeof node.attrs?.id === 'string' && node.attrs.id !== '' ? node.attrs.id : `#${i}`,
    text: plainText(node),
    mediaId: node.type === 'image' ? (imageBlockMediaId(node) ?? 0) : null,
    documentId: node.type === 'document' ? (documentBlockDocumentId(node) ?? 0) : null,
    storyRefId: node.type === 'storyRef' ? (storyRefEntryId(node) ?? 0) : null,
  }));
}

function imageOf(before: Block | null, after: Block | null): Pick<BlockChange, 'image' | 'document' | 'storyRef'> {
  return {
    ...(before?.mediaId == null && after?.mediaId == null ? {} : { image: { before: before?.mediaId ?? null, after: after?.mediaId ?? null } }),
    ...(before?.documentId == null && after?.documentId == null ? {} : { document: { before: before?.documentId ?? null, after: after?.documentId ?? null } }),
    ...(before?.storyRefId == null && after?.storyRefId == null ? {} : { storyRef: { before: before?.storyRefId ?? null, after: after?.storyRefId ?? null } }),
  };
}

/** Longest common subsequence of two id lists: the blocks that kept their relative order. */
function lcs(a: string[], b: string[]): Set<string> {
  const dp = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = a.length - 1; i >= 0; i--)
    for (let j = b.length - 1; j >= 0; j--) dp[i]![j] = a[i] === b[j] ? dp[i + 1]![j + 1]! + 1 : Math.max(dp[i + 1]![j]!, dp[i]![j + 1]!);
  const keep = new Set<string>();
  for (let i = 0, j = 0; i < a.length && j < b.length; ) {
    if (a[i] === b[j]) {
      keep.add(a[i]!);
      i++;
      j++;
    } else if (dp[i + 1]![j]! >= dp[i]![j + 1]!) i++;
    else j++;
  }
  return keep;
}

/**
 * Aligns two versions of a body block by block on their stable ids: which blocks were added,
 * removed, moved or changed. Removed blocks stand where they used to, after the block that
 * preceded them.
 */
export function diffBlocks(before: RichTextDoc, after: RichTextDoc): BlockChange[] {
  const a = blocks(before);
  const b = blocks(after);
  const beforeById = new Map(a.map((x) => [x.id, x]));
  const afterIds = new Set(b.map((x) => x.id));
  const common = lcs(
    a.map((x) => x.id).filter((id) => afterIds.has(id)),
    b.map((x) => x.id).filter((id) => beforeById.has(id)),
  );
  const out: BlockChange[] = [];
  const removedAfter = new Map<string | null, BlockChange[]>();
  let previous: string | null = null;
  for (const x of a) {
    if (!afterIds.has(x.id)) {
      const list = removedAfter.get(previous) ?? [];
      list.push({ id: x.id, change: 'removed', before: x.text, after: null, textChanged: true, ...imageOf(x, null) });
      removedAfter.set(previous, list);
    } else previous = x.id;
  }
  out.push(...(removedAfter.get(null) ?? []));
  for (const x of b) {
    const old = beforeById.get(x.id);
    if (!old) out.push({ id: x.id, change: 'added', before: null, after: x.text, textChanged: true, ...imageOf(null, x) });
    else {
      const textChanged = old.text !== x.text || old.mediaId !== x.mediaId || old.documentId !== x.documentId || old.storyRefId !== x.storyRefId;
      const change = !common.has(x.id) ? 'moved' : textChanged ? 'changed' : 'unchanged';
      out.push({ id: x.id, change, before: old.text, after: x.text, textChanged, ...imageOf(old, x) });
    }
    out.push(...(removedAfter.get(x.id) ?? []));
  }
  return out;
}
