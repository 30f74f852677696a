import { Extension } from '@tiptap/core';
import { Plugin, PluginKey } from '@tiptap/pm/state';

export const BLOCK_TYPES = ['paragraph', 'heading', 'blockquote', 'bulletList', 'orderedList', 'horizontalRule', 'image', 'document', 'storyRef'];

function newBlockId(): string {
  return crypto.randomUUID();
}

/**
 * Gives every top-level block a stable, unique `id` attribute. Translations align with their
 * source block by block on these ids, so a block keeps its id for life; a block split off another
 * (Enter in the middle of a paragraph) or pasted in gets a fresh one.
 */
export const BlockIds = Extension.create({
  name: 'blockIds',
  addGlobalAttributes() {
    return [
      {
        types: BLOCK_TYPES,
        attributes: {
          id: {
            default: null,
            keepOnSplit: false,
            parseHTML: (element) => element.getAttribute('data-block-id'),
            renderHTML: (attributes) => (attributes.id ? { 'data-block-id': attributes.id } : {}),
          },
        },
      },
    ];
  },
  addProseMirrorPlugins() {
    return [
      new Plugin({
        key: new PluginKey('blockIds'),
        appendTransaction(transactions, _old, state) {
          if (!transactions.some((tr) => tr.docChanged) && state.doc.childCount > 0 && state.doc.firstChild?.attrs.id) return null;
          const seen = new Set<string>();
          const tr = state.tr;
          state.doc.forEach((node, offset) => {
            if (!BLOCK_TYPES.includes(node.type.name)) return;
            const id = node.attrs.id as string | null;
            if (id && !seen.has(id)) {
              seen.add(id);
              return;
            }
            const fresh = newBlockId();
            seen.add(fresh);
            tr.setNodeMarkup(offset, undefined, { ...node.attrs, id: fresh });
          });
          if (!tr.docChanged) return null;
          // Not an edit of the person's: keep it out of the undo history.
          return tr.setMeta('addToHistory', false);
        },
      }),
    ];
  },
});
