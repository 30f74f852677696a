import { Fragment, type ReactNode } from 'react';
import type { RichTextDoc, RichTextMark, RichTextNode } from '@/db/schema';
import type { DocumentCardData } from '@/lib/documents/card';
import type { StoryRefCardData } from '@/lib/story-refs/card';
import { BLOCK_ID, documentBlockDocumentId, imageBlockMediaId, safeHref, storyRefEntryId } from '@/lib/rich-text';
import { DocumentCard } from './document-card';
import { StoryRefCard } from './story-ref-card';
import { StoryFigure, type FigureImage } from './story-figure';

/** The images a body may show, by media id, already in the reader's language. */
export type BodyImages = ReadonlyMap<number, FigureImage>;

/** The documents a body may link, by document id, already in the reader's language. */
export type BodyDocuments = ReadonlyMap<number, DocumentCardData>;

/** The stories a body refers to, by entry id, already in the reader's language (or the other, said so). */
export type BodyStoryRefs = ReadonlyMap<number, StoryRefCardData>;

type Assets = { images?: BodyImages; documents?: BodyDocuments; storyRefs?: BodyStoryRefs };

/** Body images sit in a column of at most 42rem (max-w-prose at text-lg). */
const BODY_IMAGE_SIZES = '(min-width: 48rem) 42rem, calc(100vw - 2rem)';

/**
 * Renders stored ProseMirror JSON to React elements on the server through an allow-list:
 * unknown nodes render their text only, unknown marks and attributes are dropped, and no
 * stored string ever reaches the page as HTML. An image block is only a media id: it shows the
 * image `images` holds for it (loaded with the page, in the reader's language), else nothing; a
 * document block likewise shows the card `documents` holds for it (a deleted document: nothing),
 * and a story reference the card `storyRefs` holds for it (a story not live: nothing).
 */
export function RichText({
  doc,
  className,
  images,
  documents,
  storyRefs,
}: {
  doc: RichTextDoc;
  className?: string;
  images?: BodyImages;
  documents?: BodyDocuments;
  storyRefs?: BodyStoryRefs;
}) {
  return <div className={className}>{renderNodes(doc.content, { images, documents, storyRefs }, true)}</div>;
}

function renderNodes(nodes: RichTextNode[] | undefined, assets: Assets, topLevel = false): ReactNode[] {
  return (nodes ?? []).map((node, i) => renderNode(node, i, assets, topLevel));
}

function blockId(node: RichTextNode): string | undefined {
  const id = node.attrs?.id;
  return typeof id === 'string' && BLOCK_ID.test(id) ? `block-${id}` : undefined;
}

function renderNode(node: RichTextNode, key: number, assets: Assets, topLevel: boolean): ReactNode {
  if (node.type === 'image') {
    const mediaId = imageBlockMediaId(node);
    const image = mediaId === null ? undefined : assets.images?.get(mediaId);
    return image ? <StoryFigure key={key} id={blockId(node)} image={image} sizes={BODY_IMAGE_SIZES} /> : null;
  }
  if (node.type === 'document') {
    // Only a top-level block, as the body validation allows; anything else has no card.
    const documentId = topLevel ? documentBlockDocumentId(node) : null;
    const card = documentId === null ? undefined : assets.documents?.get(documentId);
    return card ? <DocumentCard key={key} id={blockId(node)} card={card} /> : null;
  }
  if (node.type === 'storyRef') {
    // Likewise only a top-level block.
    const entryId = topLevel ? storyRefEntryId(node) : null;
    const card = entryId === null ? undefined : assets.storyRefs?.get(entryId);
    return card ? <StoryRefCard key={key} id={blockId(node)} card={card} /> : null;
  }
  const children = renderNodes(node.content, assets);
  const id = blockId(node);
  switch (node.type) {
    case 'paragraph':
      return <p key={key} id={id}>{children}</p>;
    case 'heading': {
      // The page title is the only h1; body headings start at h2.
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4);
      const Tag = `h${level}` as 'h2' | 'h3' | 'h4';
      return <Tag key={key} id={id}>{children}</Tag>;
    }
    case 'bulletList':
      return <ul key={key} id={id}>{children}</ul>;
    case 'orderedList': {
      const start = Number(node.attrs?.start);
      return (
        <ol key={key} id={id} start={Number.isInteger(start) && start > 1 ? start : undefined}>
          {children}
        </ol>
      );
    }
    case 'listItem':
      return <li key={key}>{children}</li>;
    case 'blockquote':
      return <blockquote key={key} id={id}>{children}</blockquote>;
    case 'horizontalRule':
      return <hr key={key} />;
    case 'hardBreak':
      return <br key={key} />;
    case 'text':
      return renderMarks(node.text ?? '', node.marks ?? [], key);
    default:
      // Unknown block: keep its words, drop its markup.
      return children.length > 0 ? <div key={key}>{children}</div> : null;
  }
}

function renderMarks(text: string, marks: RichTextMark[], key: number): ReactNode {
  let out: ReactNode = text;
  for (const mark of marks) {
    switch (mark.type) {
      case 'bold':
        out = <strong>{out}</strong>;
        break;
      case 'italic':
        out = <em>{out}</em>;
        break;
      case 'strike':
        out = <s>{out}</s>;
        break;
      case 'code':
        out = <code>{out}</code>;
        break;
      case 'superscript':
        out = <sup>{out}</sup>;
        break;
      case 'subscript':
        out = <sub>{out}</sub>;
        break;
      case 'link': {
        const href = safeHref(mark.attrs?.href);
        if (href) {
          const external = /^https?:/.test(href);
          out = (
            <a href={href} rel={external ? 'noopener noreferrer' : undefined}>
              {out}
            </a>
          );
        }
        break;
      }
      default:
        break;
    }
  }
  return <Fragment key={key}>{out}</Fragment>;
}
