import type { StoryRefCardData } from '@/lib/story-refs/card';

/**
 * Another story referred to in the text: its title as the link, its summary and date. When the
 * story is only live in the other language, its title and summary are marked with that language
 * and a note in the reader's says so. A plain link: works without JavaScript.
 */
export function StoryRefCard({ card, id }: { card: StoryRefCardData; id?: string }) {
  // A version in another language than the page's: its words are marked so screen readers switch voice.
  const other = card.note ? card.locale : undefined;
  return (
    <div id={id} className="story-ref-card rounded border border-gray-300 bg-gray-50 p-4 not-italic">
      <p className="text-lg font-semibold leading-snug" lang={other}>
        <a href={card.href} hrefLang={card.locale}>
          {card.title}
        </a>
      </p>
      {card.summary ? (
        <p className="mt-1 text-base text-gray-800" lang={other}>
          {card.summary}
        </p>
      ) : null}
      <p className="mt-1 text-sm text-gray-700">
        <time dateTime={card.dateTime}>{card.date}</time>
        {card.note ? ` · ${card.note}` : null}
      </p>
    </div>
  );
}
