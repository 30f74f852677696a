import { Extension } from '@tiptap/core';
import type { Node as PmNode } from '@tiptap/pm/model';
import { Plugin, PluginKey, TextSelection, type EditorState } from '@tiptap/pm/state';
import { Decoration, DecorationSet, type EditorView } from '@tiptap/pm/view';
import { placeMissingCells, type SourceAlignment, type SourceCell } from '@/lib/source-alignment';
import { insertCellDom, orphanCellDom, sourceCellDom, type CellContext } from './source-cell-dom';

export type AlignmentData = SourceAlignment & CellContext;

export const sourceAlignmentKey = new PluginKey('sourceAlignment');

/** A fingerprint of what a cell shows, so ProseMirror redraws a widget only when it changed. */
const keyOf = (cell: SourceCell) => `${cell.id}:${cell.change?.kind ?? ''}:${cell.change?.before ?? ''}:${cell.text}`;

/** A new block of the translation standing for a source block it lacks: the same kind, the same id. */
function blockFor(cell: SourceCell, state: EditorState): PmNode {
  const { schema } = state;
  if (cell.type === 'image' && cell.attrs?.mediaId) return schema.nodes.image!.create({ id: cell.id, mediaId: cell.attrs.mediaId });
  if (cell.type === 'document' && cell.attrs?.documentId) return schema.nodes.document!.create({ id: cell.id, documentId: cell.attrs.documentId });
  if (cell.type === 'storyRef' && cell.attrs?.entryId) return schema.nodes.storyRef!.create({ id: cell.id, entryId: cell.attrs.entryId });
  if (cell.type === 'heading') return schema.nodes.heading!.create({ id: cell.id, level: cell.attrs?.level ?? 2 });
  if (cell.type === 'horizontalRule') return schema.nodes.horizontalRule!.create({ id: cell.id });
  return schema.nodes.paragraph!.create({ id: cell.id });
}

function insertAt(view: EditorView, at: number, cell: SourceCell) {
  const node = blockFor(cell, view.state);
  const tr = view.state.tr.insert(at, node);
  // Into the new block, to type its translation.
  if (node.isTextblock) tr.setSelection(TextSelection.create(tr.doc, at + 1));
  view.dispatch(tr);
  view.focus();
}

function decorations(state: EditorState, data: AlignmentData): DecorationSet {
  const decos: Decoration[] = [];
  const cells = new Map(data.cells.map((c) => [c.id, c]));
  const targetIds: string[] = [];
  const ends = new Map<string | null, number>([[null, 0]]);
  state.doc.forEach((node, offset) => {
    const id = typeof node.attrs.id === 'string' ? node.attrs.id : '';
    targetIds.push(id);
    ends.set(id, offset + node.nodeSize);
    const cell = cells.get(id);
    decos.push(
      Decoration.widget(offset, () => (cell ? sourceCellDom(cell, data) : orphanCellDom(data.removed[id] ?? null, data)), {
        side: -1,
        key: cell ? `s:${keyOf(cell)}` : `o:${id}:${data.removed[id] ?? ''}`,
        ignoreSelection: true,
        stopEvent: () => true,
      }),
    );
  });
  for (const [anchor, missing] of placeMissingCells(data.cells, targetIds)) {
    const at = ends.get(anchor) ?? 0;
    missing.forEach((cell, k) => {
      // Before the next block's own cell (side -1) and in source order.
      const side = -1000 + 2 * k;
      decos.push(Decoration.widget(at, () => sourceCellDom(cell, data, { missing: true }), { side, key: `m:${keyOf(cell)}`, ignoreSelection: true, stopEvent: () => true }));
      decos.push(
        Decoration.widget(at, (view, getPos) => insertCellDom(() => insertAt(view, getPos() ?? at, cell), data), {
          side: side + 1,
          key: `i:${cell.id}`,
          ignoreSelection: true,
          stopEvent: () => true,
        }),
      );
    });
  }
  return DecorationSet.create(state.doc, decos);
}

/**
 * The translation workspace's editor: each source block beside the translation's block of the
 * same id (changes to handle shown as a word diff, glossary terms with their approved
 * translation), and, for a source block the translation lacks, a button that starts it in place.
 * The source comes from `getData`, read again whenever the page's data changes (a transaction
 * with this plugin's meta set).
 */
export const SourceAlignmentExtension = Extension.create<{ getData: () => AlignmentData | null }>({
  name: 'sourceAlignment',
  addOptions() {
    return { getData: () => null };
  },
  addProseMirrorPlugins() {
    const { getData } = this.options;
    return [
      new Plugin({
        key: sourceAlignmentKey,
        props: {
          decorations(state) {
            const data = getData();
            return data ? decorations(state, data) : null;
          },
        },
      }),
    ];
  },
});
