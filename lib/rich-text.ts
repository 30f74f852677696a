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
