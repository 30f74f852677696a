import { mergeAttributes, Node } from '@tiptap/core';
import { ReactNodeViewRenderer, type ReactNodeViewProps } from '@tiptap/react';
import type { ComponentType } from 'react';

/**
 * A top-level block that stands for one item of a library (an image, a document, a story) by its
 * id, and stores nothing else: `{ type: name, attrs: { id, [attribute]: 42 } }`. What it shows
 * comes from the library when the page is rendered, so every translation shows the same item. In
 * the `figure` group: between blocks, never inside a list or a quote. A pasted one without a
 * usable id parses to `null` (the editor then drops it).
 */
export function libraryBlock({ name, attribute, tag, dataAttribute, view }: { name: string; attribute: string; tag: 'div' | 'figure'; dataAttribute: string; view: ComponentType<ReactNodeViewProps> }) {
  return Node.create({
    name,
    group: 'figure',
    atom: true,
    draggable: true,
    selectable: true,
    addAttributes() {
      return {
        [attribute]: {
          default: null,
          parseHTML: (element: HTMLElement) => {
            const id = Number(element.getAttribute(dataAttribute));
            return Number.isSafeInteger(id) && id > 0 ? id : null;
          },
          renderHTML: (attributes: Record<string, unknown>) => (attributes[attribute] ? { [dataAttribute]: String(attributes[attribute]) } : {}),
        },
      };
    },
    parseHTML() {
      return [{ tag: `${tag}[${dataAttribute}]` }];
    },
    renderHTML({ HTMLAttributes }) {
      return [tag, mergeAttributes(HTMLAttributes)];
    },
    addNodeView() {
      return ReactNodeViewRenderer(view);
    },
  });
}
