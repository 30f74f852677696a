import { Node as PmNode, type Schema } from '@tiptap/pm/model';
import type { RichTextDoc, RichTextNode } from '@/db/schema';

/**
 * Makes a stored body loadable by an editor with this schema. TipTap drops the whole document
 * when one node in it has a type it does not know, so a body holding a made-up node (a crafted
 * save, or a node type this editor lacks) would open empty, and the next autosave would store
 * that emptiness. Instead, as the public renderer does, an unknown node keeps its words and loses
 * its markup: unknown marks are dropped, an unknown block becomes its blocks or a paragraph of
 * its text, an unknown inline node becomes its text. The schema comes from the editor's own
 * extensions, so a node type an extension adds is kept.
 */
export function fitToSchema(doc: RichTextDoc, schema: Schema): RichTextDoc {
  const fitted: RichTextDoc = { type: 'doc', content: fitChildren(doc.content ?? [], false, schema) };
  try {
    PmNode.fromJSON(schema, fitted).check();
    return fitted;
  } catch {
    // Still not a valid document (e.g. blocks nested where they may not be): keep the words,
    // one paragraph per block of text.
    return { type: 'doc', content: textBlocks(doc).map((text) => ({ type: 'paragraph', content: [{ type: 'text', text }] })) };
  }
}

function fitChildren(children: RichTextNode[], inline: boolean, schema: Schema): RichTextNode[] {
  const out: RichTextNode[] = [];
  for (const child of children) {
    if (!child || typeof child.type !== 'string') continue;
    if (child.type === 'text') {
      if (!inline || typeof child.text !== 'string' || child.text === '') continue;
      const marks = child.marks?.filter((mark) => typeof mark?.type === 'string' && mark.type in schema.marks);
      out.push({ ...child, ...(child.marks ? { marks } : {}) });
      continue;
    }
    const type = schema.nodes[child.type];
    if (type && type.isInline === inline) {
      out.push({ ...child, ...(child.content ? { content: fitChildren(child.content, type.inlineContent, schema) } : {}) });
      continue;
    }
    if (inline) {
      // An unknown (or misplaced) node inside a line: its text stays in the line.
      out.push(...fitChildren(child.content ?? [], true, schema));
      continue;
    }
    // An unknown block: its own blocks if it has some, else a paragraph of its text.
    const kids = child.content ?? [];
    if (kids.some((k) => k.type !== 'text' && schema.nodes[k.type]?.isBlock)) out.push(...fitChildren(kids, false, schema));
    else {
      const text = fitChildren(kids, true, schema);
      if (text.length > 0) out.push({ type: 'paragraph', content: text });
    }
  }
  return out;
}

function textBlocks(node: RichTextNode | RichTextDoc): string[] {
  const children = node.content ?? [];
  if (children.some((c) => c.type === 'text')) {
    const text = children.map((c) => (c.type === 'text' ? (c.text ?? '') : textBlocks(c).join(' '))).join('');
    return text.trim() ? [text] : [];
  }
  return children.flatMap((c) => textBlocks(c));
}
