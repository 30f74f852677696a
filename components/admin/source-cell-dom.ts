import { diffWords } from 'diff';
import { glossarySegments, type TermPair } from '@/lib/glossary';
import type { SourceCell } from '@/lib/source-alignment';

export type SourceCellLabels = {
  /** Read before each cell: "English source". */
  source: string;
  changed: string;
  added: string;
  moved: string;
  removed: string;
  orphan: string;
  missing: string;
  insert: string;
  handle: string;
  removedWord: string;
  addedWord: string;
  approved: string;
};

export type CellContext = {
  sourceLocale: string;
  targetLocale: string;
  terms: TermPair[];
  labels: SourceCellLabels;
};

function el<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, text?: string): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  if (text !== undefined) node.textContent = text;
  return node;
}

function srOnly(text: string): HTMLSpanElement {
  return el('span', 'sr-only', `${text} `);
}

/** The text with its glossary terms marked, each followed by its approved translation. */
function highlighted(text: string, ctx: CellContext): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const segment of glossarySegments(text, ctx.terms, ctx.sourceLocale as 'en' | 'ru')) {
    if (!segment.term) {
      out.append(segment.text);
      continue;
    }
    out.append(el('mark', 'source-term', segment.text));
    const approved = el('span', 'source-term-translation');
    approved.lang = ctx.targetLocale;
    approved.append(srOnly(ctx.labels.approved), segment.term[ctx.targetLocale as 'en' | 'ru']);
    out.append(approved);
  }
  return out;
}

/** Removed words struck through, added words underlined (the TextDiff of the workspace's list). */
function diffed(before: string, after: string, ctx: CellContext): DocumentFragment {
  const out = document.createDocumentFragment();
  for (const part of diffWords(before, after)) {
    if (part.added) {
      const ins = el('ins');
      ins.append(srOnly(ctx.labels.addedWord), part.value);
      out.append(ins);
    } else if (part.removed) {
      const del = el('del');
      del.append(srOnly(ctx.labels.removedWord), part.value);
      out.append(del);
    } else out.append(highlighted(part.value, ctx));
  }
  return out;
}

function shell(state: string, ctx: CellContext): HTMLDivElement {
  const cell = el('div', `source-cell source-cell-${state}`);
  cell.contentEditable = 'false';
  cell.setAttribute('role', 'note');
  cell.setAttribute('aria-label', ctx.labels.source);
  return cell;
}

/** A source block beside the translation's block of the same id. */
export function sourceCellDom(cell: SourceCell, ctx: CellContext, options: { missing?: boolean } = {}): HTMLElement {
  const state = cell.change?.kind ?? 'same';
  const dom = shell(options.missing ? `${state} source-cell-missing` : state, ctx);
  const notes = [cell.change ? ctx.labels[cell.change.kind] : null, options.missing ? ctx.labels.missing : null].filter(Boolean);
  if (notes.length > 0) dom.append(el('p', 'source-cell-label', notes.join(' · ')));
  const text = el('div', 'source-cell-text');
  text.lang = ctx.sourceLocale;
  const before = cell.change?.before;
  text.append(before != null && before !== cell.text ? diffed(before, cell.text, ctx) : highlighted(cell.text, ctx));
  dom.append(text);
  if (cell.change) {
    const link = el('a', 'source-cell-link', ctx.labels.handle);
    link.href = `#change-${cell.change.key}`;
    dom.append(link);
  }
  return dom;
}

/** Beside a block of the translation that no source block matches. */
export function orphanCellDom(removedKey: string | null, ctx: CellContext): HTMLElement {
  const dom = shell(removedKey ? 'removed' : 'orphan', ctx);
  dom.append(el('p', 'source-cell-label', removedKey ? ctx.labels.removed : ctx.labels.orphan));
  if (removedKey) {
    const link = el('a', 'source-cell-link', ctx.labels.handle);
    link.href = `#change-${removedKey}`;
    dom.append(link);
  }
  return dom;
}

/** Where a source block has no translation yet: a button that starts one in its place. */
export function insertCellDom(onInsert: () => void, ctx: CellContext): HTMLElement {
  const dom = el('div', 'source-cell-insert');
  dom.contentEditable = 'false';
  const button = el('button', 'source-cell-button', ctx.labels.insert);
  button.type = 'button';
  button.addEventListener('click', (event) => {
    event.preventDefault();
    onInsert();
  });
  dom.append(button);
  return dom;
}
