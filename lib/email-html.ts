import type { ContentLocale, RichTextDoc, RichTextMark, RichTextNode } from '@/db/schema';
import type { FigureImage } from '@/components/story-figure';
import type { Locale } from '@/i18n/routing';
import type { DocumentCardData } from './documents/card';
import { variantUrl } from './media/urls';
import { documentBlockDocumentId, imageBlockMediaId, storyRefEntryId } from './rich-text';
import type { StoryRefCardData } from './story-refs/card';

/** A story an issue refers to, as the e-mail shows it (`url` may be a path of the site). */
export type DigestEmailStoryRef = {
  title: string;
  summary: string;
  url: string;
  /** The language of the linked version (its title and summary are in it). */
  locale: ContentLocale;
  /** "Available in English only", when that is not the issue's language. */
  note?: string | null;
};

/** The interface strings the e-mail needs, from the `DigestEmail` namespace of messages/. */
export type DigestEmailKey = 'viewInBrowser' | 'readStory' | 'openDocument';

export type DigestEmailInput = {
  locale: Locale;
  siteName: string;
  title: string;
  /** "Monthly digest · June 2021". */
  issueLabel: string;
  /** The issue's summary: shown under the title, and the inbox preview text (preheader). */
  summary: string;
  body: RichTextDoc;
  /** Story references by entry id, in the issue's language (`emailStoryRefs` adapts the public cards). */
  storyRefs: ReadonlyMap<number, DigestEmailStoryRef>;
  /** Document blocks by document id, as the public renderer has them (`storyDocumentCards`). */
  documents?: ReadonlyMap<number, DocumentCardData>;
  /** Image blocks by media id, as the public renderer has them. */
  images?: ReadonlyMap<number, FigureImage>;
  /** The site's origin (http or https), e.g. `https://newsroom.example.org`: every path becomes absolute against it. */
  baseUrl: string;
  footerText: string;
  /** The issue's public page: the "view in your browser" link. */
  webViewUrl: string;
  /** The translator of the `DigestEmail` namespace in `locale` (next-intl's `getTranslations`). */
  t: (key: DigestEmailKey) => string;
};

/** The public cards of story references, as the e-mail takes them. */
export function emailStoryRefs(cards: ReadonlyMap<number, StoryRefCardData>): Map<number, DigestEmailStoryRef> {
  return new Map([...cards].map(([id, c]) => [id, { title: c.title, summary: c.summary, url: c.href, locale: c.locale, note: c.note }]));
}

// -------------------------------------------------------------------------------------------
// Escaping and addresses

/** Text for HTML content or a quoted attribute value. */
export function escapeHtml(value: string): string {
  return value.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c]!);
}

/** The origin the e-mail's paths are made absolute against; anything but http(s) is a mistake of the caller. */
function origin(baseUrl: string): string {
  const url = new URL(baseUrl);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new Error(`renderDigestEmail: baseUrl must be http(s), not ${url.protocol}`);
  return url.href.replace(/\/+$/, '');
}

/**
 * An absolute http(s) or mailto address for a link or an image, or null: a path of the site
 * (`/en/news/x`, never `//host` or `/\host`) is put after `base`; every other scheme is refused.
 */
export function absoluteUrl(value: unknown, base: string): string | null {
  if (typeof value !== 'string') return null;
  // Control characters and spaces at either end are not part of any address a person wrote.
  const href = value.trim();
  if (href === '' || /[\u0000-\u001f\u007f]/.test(href)) return null;
  if (href.startsWith('/')) {
    if (href.startsWith('//') || href.startsWith('/\\')) return null;
    try {
      return new URL(`${base}${href}`).href;
    } catch {
      return null;
    }
  }
  try {
    const url = new URL(href);
    return url.protocol === 'http:' || url.protocol === 'https:' || url.protocol === 'mailto:' ? url.href : null;
  } catch {
    return null;
  }
}

// -------------------------------------------------------------------------------------------
// Styles: inline only (mail clients drop <style> and ignore classes)

const FONT = "font-family:Arial,'Helvetica Neue',Helvetica,sans-serif;";
const TEXT = `${FONT}font-size:16px;line-height:1.5;color:#1f2937;`;
const LINK = 'color:#1d4ed8;text-decoration:underline;';
const P = `margin:0 0 16px;${TEXT}`;
const HEADING: Record<2 | 3 | 4, string> = {
  2: `margin:24px 0 12px;${FONT}font-size:22px;line-height:1.3;font-weight:bold;color:#111827;`,
  3: `margin:20px 0 8px;${FONT}font-size:19px;line-height:1.3;font-weight:bold;color:#111827;`,
  4: `margin:16px 0 8px;${FONT}font-size:17px;line-height:1.3;font-weight:bold;color:#111827;`,
};
const BOX = 'margin:0 0 16px;border:1px solid #d1d5db;background-color:#f9fafb;';
const SMALL = `${FONT}font-size:14px;line-height:1.5;color:#4b5563;`;

const table = (style: string, inner: string, width = '100%') =>
  `<table role="presentation" width="${width}" cellpadding="0" cellspacing="0" border="0" style="border-collapse:collapse;${style}">${inner}</table>`;
const link = (href: string, text: string, style = LINK) => `<a href="${escapeHtml(href)}" style="${style}">${text}</a>`;
const langAttr = (lang: string | undefined) => (lang ? ` lang="${escapeHtml(lang)}"` : '');

// -------------------------------------------------------------------------------------------
// The body

type Context = Omit<DigestEmailInput, 'baseUrl'> & { base: string };

function renderMarks(text: string, marks: readonly RichTextMark[], ctx: Context): string {
  let out = escapeHtml(text);
  for (const mark of marks) {
    if (mark.type === 'bold') out = `<strong>${out}</strong>`;
    else if (mark.type === 'italic') out = `<em>${out}</em>`;
    else if (mark.type === 'strike') out = `<s>${out}</s>`;
    else if (mark.type === 'code') out = `<code style="font-family:Consolas,monospace;">${out}</code>`;
    else if (mark.type === 'superscript') out = `<sup>${out}</sup>`;
    else if (mark.type === 'subscript') out = `<sub>${out}</sub>`;
    else if (mark.type === 'link') {
      const href = absoluteUrl(mark.attrs?.href, ctx.base);
      if (href) out = link(href, out);
    }
  }
  return out;
}

function inline(nodes: readonly RichTextNode[] | undefined, ctx: Context): string {
  return (nodes ?? [])
    .map((n) => (n.type === 'text' ? renderMarks(n.text ?? '', n.marks ?? [], ctx) : n.type === 'hardBreak' ? '<br>' : inline(n.content, ctx)))
    .join('');
}

function listItems(node: RichTextNode, ctx: Context): string {
  return (node.content ?? [])
    .map((item) => {
      const parts = (item.content ?? []).map((child) =>
        child.type === 'paragraph' ? inline(child.content, ctx) : child.type === 'bulletList' || child.type === 'orderedList' ? list(child, ctx) : inline(child.content, ctx),
      );
      return `<li style="margin:0 0 8px;${TEXT}">${parts.join('<br>')}</li>`;
    })
    .join('');
}

function list(node: RichTextNode, ctx: Context): string {
  const tag = node.type === 'orderedList' ? 'ol' : 'ul';
  const start = Number(node.attrs?.start);
  const startAttr = tag === 'ol' && Number.isInteger(start) && start > 1 ? ` start="${start}"` : '';
  return `<${tag}${startAttr} style="margin:0 0 16px;padding:0 0 0 24px;${TEXT}">${listItems(node, ctx)}</${tag}>`;
}

function storyRefBox(ref: DigestEmailStoryRef, ctx: Context): string {
  const href = absoluteUrl(ref.url, ctx.base);
  const other = ref.locale !== ctx.locale ? ref.locale : undefined;
  const title = escapeHtml(ref.title);
  const rows = [
    `<p style="margin:0 0 6px;${FONT}font-size:18px;line-height:1.3;font-weight:bold;color:#111827;"${langAttr(other)}>${href ? link(href, title, `${LINK}color:#1d4ed8;`) : title}</p>`,
    ref.summary ? `<p style="margin:0 0 8px;${TEXT}"${langAttr(other)}>${escapeHtml(ref.summary)}</p>` : '',
    href || ref.note
      ? `<p style="margin:0;${SMALL}">${href ? link(href, `${escapeHtml(ctx.t('readStory'))} &#8594;`) : ''}${href && ref.note ? ' · ' : ''}${ref.note ? escapeHtml(ref.note) : ''}</p>`
      : '',
  ];
  return table(BOX, `<tr><td style="padding:16px;">${rows.join('')}</td></tr>`);
}

function documentBox(card: DocumentCardData, ctx: Context): string {
  const href = absoluteUrl(card.href, ctx.base);
  const title = escapeHtml(card.title);
  const rows = [
    `<p style="margin:0 0 4px;${SMALL}text-transform:uppercase;letter-spacing:0.05em;font-weight:bold;">${escapeHtml(card.meta)}</p>`,
    `<p style="margin:0 0 6px;${FONT}font-size:18px;line-height:1.3;font-weight:bold;color:#111827;">${href ? link(href, title) : title}</p>`,
    `<p style="margin:0;${SMALL}">${escapeHtml(card.details)}${card.note ? ` · ${escapeHtml(card.note)}` : ''}${href ? ` · ${link(href, escapeHtml(ctx.t('openDocument')))}` : ''}</p>`,
  ];
  return table(BOX, `<tr><td style="padding:16px;">${rows.join('')}</td></tr>`);
}

/** The e-mail's column is 600 px less 2 × 24 px padding. */
const IMAGE_WIDTH = 552;

function imageBlock(image: FigureImage, ctx: Context): string {
  const sorted = [...image.variants].sort((a, b) => a.width - b.width);
  // Sharp on high-density screens: the smallest variant at least twice the column, else the largest.
  const variant = sorted.find((v) => v.width >= IMAGE_WIDTH * 2) ?? sorted.at(-1);
  if (!variant) return '';
  const src = absoluteUrl(variantUrl(image.sha256, variant.width), ctx.base);
  if (!src) return '';
  const height = Math.round((IMAGE_WIDTH * variant.height) / variant.width);
  const caption = [image.caption, image.credit].filter(Boolean).map(escapeHtml).join(' ');
  return (
    `<img src="${escapeHtml(src)}" width="${IMAGE_WIDTH}" height="${height}" alt="${escapeHtml(image.alt)}" style="display:block;width:100%;max-width:${IMAGE_WIDTH}px;height:auto;border:0;margin:0 0 8px;">` +
    (caption ? `<p style="margin:0 0 16px;${SMALL}">${caption}</p>` : '<p style="margin:0 0 16px;"></p>')
  );
}

function block(node: RichTextNode, ctx: Context): string {
  switch (node.type) {
    case 'paragraph':
      return `<p style="${P}">${inline(node.content, ctx)}</p>`;
    case 'heading': {
      const level = Math.min(Math.max(Number(node.attrs?.level) || 2, 2), 4) as 2 | 3 | 4;
      return `<h${level} style="${HEADING[level]}">${inline(node.content, ctx)}</h${level}>`;
    }
    case 'bulletList':
    case 'orderedList':
      return list(node, ctx);
    case 'blockquote':
      return `<blockquote style="margin:0 0 16px;padding:0 0 0 16px;border-left:4px solid #d1d5db;">${(node.content ?? []).map((c) => block(c, ctx)).join('')}</blockquote>`;
    case 'horizontalRule':
      return '<hr style="border:0;border-top:1px solid #e5e7eb;margin:24px 0;">';
    case 'storyRef': {
      const id = storyRefEntryId(node);
      const ref = id === null ? undefined : ctx.storyRefs.get(id);
      return ref ? storyRefBox(ref, ctx) : '';
    }
    case 'document': {
      const id = documentBlockDocumentId(node);
      const card = id === null ? undefined : ctx.documents?.get(id);
      return card ? documentBox(card, ctx) : '';
    }
    case 'image': {
      const id = imageBlockMediaId(node);
      const image = id === null ? undefined : ctx.images?.get(id);
      return image ? imageBlock(image, ctx) : '';
    }
    default: {
      // Unknown block: keep its words, drop its markup (as the public renderer does).
      const text = inline(node.content, ctx);
      return text ? `<p style="${P}">${text}</p>` : '';
    }
  }
}

// -------------------------------------------------------------------------------------------

/**
 * A digest issue as one standalone HTML document to paste into a mailing tool: a 600 px table
 * layout, inline styles only (no <style>, classes or scripts), every link and image an absolute
 * http(s) address (mailto for e-mail links; any other link is dropped, its words kept), every
 * stored string escaped. Story references are boxed items with the story's title linked and its
 * summary; documents link their file; images point at their largest sensible variant (WebP, like
 * the site's: clients without WebP — Outlook for Windows — show the alt text).
 */
export function renderDigestEmail(input: DigestEmailInput): string {
  const base = origin(input.baseUrl);
  const ctx: Context = { ...input, base };
  const { locale, t } = input;
  const webView = absoluteUrl(input.webViewUrl, base);
  const body = input.body.content.map((node) => block(node, ctx)).join('');
  // Padding after the preheader keeps the body's first words out of the inbox preview.
  const preheaderPad = '&#8199;&#847; '.repeat(60);
  const viewLink = webView ? link(webView, escapeHtml(t('viewInBrowser')), `${LINK}color:#4b5563;`) : '';
  return [
    '<!DOCTYPE html>',
    `<html lang="${escapeHtml(locale)}" dir="ltr" xmlns="http://www.w3.org/1999/xhtml">`,
    '<head>',
    '<meta charset="utf-8">',
    '<meta http-equiv="Content-Type" content="text/html; charset=utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    '<meta name="x-apple-disable-message-reformatting">',
    '<meta name="color-scheme" content="light">',
    `<title>${escapeHtml(input.title)}</title>`,
    '</head>',
    '<body style="margin:0;padding:0;background-color:#f3f4f6;">',
    input.summary
      ? `<div style="display:none;max-height:0;max-width:0;overflow:hidden;opacity:0;mso-hide:all;font-size:1px;line-height:1px;color:#f3f4f6;">${escapeHtml(input.summary)}${preheaderPad}</div>`
      : '',
    table(
      'background-color:#f3f4f6;',
      '<tr><td align="center" style="padding:16px 8px;">' +
        table(
          'width:100%;max-width:600px;background-color:#ffffff;',
          [
            viewLink ? `<tr><td align="right" style="padding:12px 24px 0;${SMALL}font-size:12px;">${viewLink}</td></tr>` : '',
            `<tr><td style="padding:24px 24px 8px;">` +
              `<p style="margin:0 0 4px;${SMALL}font-weight:bold;color:#0b3d91;">${escapeHtml(input.siteName)}</p>` +
              `<p style="margin:0 0 8px;${SMALL}">${escapeHtml(input.issueLabel)}</p>` +
              `<h1 style="margin:0 0 16px;${FONT}font-size:28px;line-height:1.25;font-weight:bold;color:#111827;">${escapeHtml(input.title)}</h1>` +
              (input.summary ? `<p style="margin:0 0 8px;${TEXT}font-size:18px;color:#374151;">${escapeHtml(input.summary)}</p>` : '') +
              '</td></tr>',
            `<tr><td style="padding:8px 24px 16px;${TEXT}">${body}</td></tr>`,
            `<tr><td style="padding:16px 24px 24px;border-top:1px solid #e5e7eb;${SMALL}font-size:12px;">` +
              (input.footerText ? `<p style="margin:0 0 8px;${SMALL}font-size:12px;">${escapeHtml(input.footerText).replace(/\r?\n/g, '<br>')}</p>` : '') +
              (viewLink ? `<p style="margin:0;${SMALL}font-size:12px;">${viewLink}</p>` : '') +
              '</td></tr>',
          ].join(''),
          '600',
        ) +
        '</td></tr>',
    ),
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
