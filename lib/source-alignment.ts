import type { RichTextDoc, RichTextNode } from '@/db/schema';
import { documentBlockDocumentId, imageBlockMediaId, plainText, storyRefEntryId } from './rich-text';
import type { EntryFieldName, SourceChange, TranslatedField } from './staleness';

/** One block of the source, as the translation workspace shows it beside the translation's block of the same id. */
export type SourceCell = {
  id: string;
  /** The node the block is in the source (a translation of a missing block starts as the same). */
  type: string;
  /** Headings: their level; images: their media id; documents: their document id; story references: the story's entry id. */
  attrs?: { level?: number; mediaId?: number; documentId?: number; entryId?: number };
  /** The block's text now; for an image, a document or a story reference, its label. */
  text: string;
  /** A change since the translation was last in step that is still to handle. */
  change?: { kind: 'changed' | 'added' | 'moved'; before: string | null; key: string };
};

export type SourceAlignment = {
  cells: SourceCell[];
  /** Blocks the source no longer has whose removal is still to handle: block id → change key. */
  removed: Record<string, string>;
};

/** Field changes still to handle: the field's text when the translation was last in step. */
export type PendingFieldChanges = Partial<Record<TranslatedField | EntryFieldName, { before: string; key: string }>>;

function blockId(node: RichTextNode, index: number): string {
  return typeof node.attrs?.id === 'string' && node.attrs.id !== '' ? node.attrs.id : `#${index}`;
}

/**
 * The source's blocks for the aligned editor, each with the change to it the translator has yet
 * to handle (`pending`, from the staleness computation): one entry per top-level block in source
 * order, so the editor can put each beside the translation's block with the same id.
 */
export function alignSource(
  body: RichTextDoc,
  pending: readonly SourceChange[],
  imageLabel: (mediaId: number | null) => string,
  documentLabel: (documentId: number | null) => string = (documentId) => `#${documentId ?? '?'}`,
  storyRefLabel: (entryId: number | null) => string = (entryId) => `#${entryId ?? '?'}`,
): SourceAlignment {
  const byBlock = new Map(pending.filter((c) => c.blockId).map((c) => [c.blockId!, c]));
  const cells = body.content.map((node, i): SourceCell => {
    const id = blockId(node, i);
    const mediaId = node.type === 'image' ? imageBlockMediaId(node) : null;
    const documentId = node.type === 'document' ? documentBlockDocumentId(node) : null;
    const entryId = node.type === 'storyRef' ? storyRefEntryId(node) : null;
    const level = node.type === 'heading' && typeof node.attrs?.level === 'number' ? node.attrs.level : undefined;
    const change = byBlock.get(id);
    const before = !change
      ? null
      : change.image
        ? change.image.before !== null
          ? imageLabel(change.image.before)
          : null
        : change.document
          ? change.document.before !== null
            ? documentLabel(change.document.before)
            : null
          : change.storyRef
            ? change.storyRef.before !== null
              ? storyRefLabel(change.storyRef.before)
              : null
            : change.before;
    return {
      id,
      type: node.type,
      ...(level !== undefined
        ? { attrs: { level } }
        : mediaId !== null
          ? { attrs: { mediaId } }
          : documentId !== null
            ? { attrs: { documentId } }
            : entryId !== null
              ? { attrs: { entryId } }
              : {}),
      text: node.type === 'image' ? imageLabel(mediaId) : node.type === 'document' ? documentLabel(documentId) : node.type === 'storyRef' ? storyRefLabel(entryId) : plainText(node),
      ...(change && change.change !== 'removed' ? { change: { kind: change.change, before, key: change.key } } : {}),
    };
  });
  const removed = Object.fromEntries(pending.filter((c) => c.change === 'removed' && c.blockId).map((c) => [c.blockId!, c.key]));
  return { cells, removed };
}

export function pendingFieldChanges(pending: readonly SourceChange[]): PendingFieldChanges {
  return Object.fromEntries(pending.filter((c) => c.field).map((c) => [c.field!, { before: c.before ?? '', key: c.key }]));
}

/**
 * Where each source block missing from the translation goes: after the translation's block of the
 * nearest preceding source block it has (null: at the start). Keyed by that target block's id.
 */
export function placeMissingCells(cells: readonly SourceCell[], targetIds: readonly string[]): Map<string | null, SourceCell[]> {
  const present = new Set(targetIds);
  const placed = new Map<string | null, SourceCell[]>();
  let anchor: string | null = null;
  for (const cell of cells) {
    if (present.has(cell.id)) {
      anchor = cell.id;
      continue;
    }
    const list = placed.get(anchor) ?? [];
    list.push(cell);
    placed.set(anchor, list);
  }
  return placed;
}
