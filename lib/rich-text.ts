import type { RichTextDoc, RichTextNode } from '@/db/schema';

const SAFE_PROTOCOLS = new Set(['http:', 'https:', 'mailto:', 'tel:']);

/** A link target we are willing to render, or null: only http(s), mailto and tel, and same-site paths. */
export function safeHref(value: unknown): string | null {
  if (typeof value !== 'string') return null;
  const href = value.trim();
  if (href === '') return null;
  // Root-relative paths (but not protocol-relative //host) stay on this site.
  if (href.startsWith('/') && !href.startsWith('//') && !href.startsWith('/\\')) return href;
  try {
    const url = new URL(href);
    return SAFE_PROTOCOLS.has(url.protocol) ? url.href : null;
  } catch {
    return null;
  }
}

/**
 * The document with every link mark whose target `safeHref` refuses removed (its text stays).
 * Applied when a body is saved, so stored JSON never holds a `javascript:` or `data:` link for
 * whatever renders it later; the public renderer checks again regardless.
 */
export function withoutUnsafeLinks<T extends RichTextDoc | RichTextNode>(node: T): T {
  const marks = (node as RichTextNode).marks?.flatMap((mark) => {
    if (mark.type !== 'link') return [mark];
    const href = safeHref(mark.attrs?.href);
    return href ? [{ ...mark, attrs: { ...mark.attrs, href } }] : [];
  });
  const content = node.content?.map((child: RichTextNode) => withoutUnsafeLinks(child));
  return { ...node, ...(marks ? { marks } : {}), ...(content ? { content } : {}) };
}

/** The text of a document, blocks separated by blank lines (for summaries, search, diffs). */
export function plainText(doc: RichTextDoc | RichTextNode): string {
  const blocks: string[] = [];
  const walkInline = (node: RichTextNode): string =>
    node.type === 'text' ? (node.text ?? '') : node.type === 'hardBreak' ? '\n' : (node.content ?? []).map(walkInline).join('');
  const walkBlock = (node: RichTextNode) => {
    const children = node.content ?? [];
    if (children.some((c) => c.type === 'text' || c.type === 'hardBreak')) blocks.push(walkInline(node));
    else children.forEach(walkBlock);
  };
  walkBlock(doc as RichTextNode);
  return blocks.filter((b) => b.trim() !== '').join('\n\n');
}

/** Gives every top-level block a stable id where it lacks one (the translation diff aligns on them). */
export function withBlockIds(doc: RichTextDoc, newId: () => string = () => crypto.randomUUID()): RichTextDoc {
  return {
    type: 'doc',
    content: doc.content.map((block) =>
      typeof block.attrs?.id === 'string' && block.attrs.id !== ''
        ? block
        : { ...block, attrs: { ...block.attrs, id: newId() } },
    ),
  };
}

export function text(value: string): RichTextNode[] {
  return value === '' ? [] : [{ type: 'text', text: value }];
}

/** A block id as stored (crypto.randomUUID in the editor, `story-key-3` in the demo). */
export const BLOCK_ID = /^[A-Za-z0-9_-]{1,64}$/;

/**
 * The one shape an image block may have: a top-level `image` node naming an image of the media
 * library by id, and its block id. No URL, no alt text, no caption: those come from the media
 * library in the reader's language when the page is rendered, so every translation shows the
 * same picture and no stored string reaches an attribute.
 */
export function imageBlockMediaId(node: RichTextNode): number | null {
  if (node.type !== 'image') return null;
  const mediaId = node.attrs?.mediaId;
  return typeof mediaId === 'number' && Number.isSafeInteger(mediaId) && mediaId > 0 ? mediaId : null;
}

/** Why a body's image blocks are not acceptable, or null when they all are. */
export function invalidImageBlock(doc: RichTextDoc): string | null {
  const nested = (node: RichTextNode): boolean => (node.content ?? []).some((c) => c.type === 'image' || nested(c));
  for (const node of doc.content) {
    if (node.type !== 'image') {
      if (nested(node)) return 'an image inside another block';
      continue;
    }
    if (imageBlockMediaId(node) === null) return 'an image without a valid mediaId';
    const { id, mediaId: _mediaId, ...rest } = node.attrs ?? {};
    if (Object.keys(rest).length > 0) return `an image with other attributes (${Object.keys(rest).join(', ')})`;
    if (id !== undefined && id !== null && !(typeof id === 'string' && BLOCK_ID.test(id))) return 'an image with an invalid block id';
    if (node.content !== undefined || node.marks !== undefined || node.text !== undefined) return 'an image with content';
  }
  return null;
}

/** The media ids a body shows, each once, in order of appearance. */
export function bodyMediaIds(doc: RichTextDoc): number[] {
  const ids = new Set<number>();
  for (const node of doc.content) {
    const id = imageBlockMediaId(node);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/** The body without the image blocks whose media `keep` refuses (an image deleted since). */
export function withoutImages(doc: RichTextDoc, keep: (mediaId: number) => boolean): RichTextDoc {
  return { type: 'doc', content: doc.content.filter((node) => node.type !== 'image' || keep(imageBlockMediaId(node) ?? 0)) };
}

/**
 * A document of the library placed in the text: a top-level `document` node naming the document
 * by id, and its block id. Its title, type, year and files come from the library in the reader's
 * language when the page is rendered.
 */
export function documentBlockDocumentId(node: RichTextNode): number | null {
  if (node.type !== 'document') return null;
  const documentId = node.attrs?.documentId;
  return typeof documentId === 'number' && Number.isSafeInteger(documentId) && documentId > 0 ? documentId : null;
}

/**
 * The body with its document blocks reduced to the one shape allowed: top-level, a positive
 * integer `documentId` and a valid block id (else none: a fresh one is given on save), nothing
 * else. A document block with any other documentId, or nested inside another block, is dropped.
 */
export function withSafeDocumentBlocks(doc: RichTextDoc): RichTextDoc {
  const withoutNested = (node: RichTextNode): RichTextNode =>
    node.content ? { ...node, content: node.content.filter((c) => c.type !== 'document').map(withoutNested) } : node;
  return {
    type: 'doc',
    content: doc.content.flatMap((node): RichTextNode[] => {
      if (node.type !== 'document') return [withoutNested(node)];
      const documentId = documentBlockDocumentId(node);
      if (documentId === null) return [];
      const id = node.attrs?.id;
      return [{ type: 'document', attrs: { ...(typeof id === 'string' && BLOCK_ID.test(id) ? { id } : {}), documentId } }];
    }),
  };
}

/** The document ids a body links, each once, in order of appearance. */
export function bodyDocumentIds(doc: RichTextDoc): number[] {
  const ids = new Set<number>();
  for (const node of doc.content) {
    const id = documentBlockDocumentId(node);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}

/**
 * Another story placed in the text: a top-level `storyRef` node naming the story's entry by id,
 * and its block id. Its title, summary, date and address come from the story's live copy in the
 * reader's language (or the other language, said so) when the page is rendered.
 */
export function storyRefEntryId(node: RichTextNode): number | null {
  if (node.type !== 'storyRef') return null;
  const entryId = node.attrs?.entryId;
  return typeof entryId === 'number' && Number.isSafeInteger(entryId) && entryId > 0 ? entryId : null;
}

/**
 * The body with its story references reduced to the one shape allowed: top-level, a positive
 * integer `entryId` and a valid block id (else none: a fresh one is given on save), nothing else.
 * A reference with any other entryId, or nested inside another block, is dropped.
 */
export function withSafeStoryRefBlocks(doc: RichTextDoc): RichTextDoc {
  const withoutNested = (node: RichTextNode): RichTextNode =>
    node.content ? { ...node, content: node.content.filter((c) => c.type !== 'storyRef').map(withoutNested) } : node;
  return {
    type: 'doc',
    content: doc.content.flatMap((node): RichTextNode[] => {
      if (node.type !== 'storyRef') return [withoutNested(node)];
      const entryId = storyRefEntryId(node);
      if (entryId === null) return [];
      const id = node.attrs?.id;
      return [{ type: 'storyRef', attrs: { ...(typeof id === 'string' && BLOCK_ID.test(id) ? { id } : {}), entryId } }];
    }),
  };
}

/** The story entry ids a body refers to, each once, in order of appearance. */
export function bodyStoryRefIds(doc: RichTextDoc): number[] {
  const ids = new Set<number>();
  for (const node of doc.content) {
    const id = storyRefEntryId(node);
    if (id !== null) ids.add(id);
  }
  return [...ids];
}
