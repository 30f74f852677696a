import type { DocumentCardData } from '@/lib/documents/card';

/**
 * A document linked from a story's text: what it is, its title as the link (a name that says
 * which document, not "download"), the file's format and size, and, when the file is in another
 * language than the page, which. A plain link: works without JavaScript.
 */
export function DocumentCard({ card, id }: { card: DocumentCardData; id?: string }) {
  const detailsId = id ? `${id}-details` : undefined;
  return (
    <div id={id} className="document-card rounded border border-gray-300 bg-gray-50 p-4 not-italic">
      <p className="text-sm font-semibold uppercase tracking-wide text-gray-700">{card.meta}</p>
      <p className="mt-1 text-lg font-semibold leading-snug">
        <a href={card.href} hrefLang={card.fileLocale} type="application/pdf" aria-describedby={detailsId}>
          {card.title}
        </a>
      </p>
      <p id={detailsId} className="mt-1 text-sm text-gray-700">
        {card.details}
        {card.note ? ` · ${card.note}` : null}
      </p>
    </div>
  );
}
