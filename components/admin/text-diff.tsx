import { diffWords } from 'diff';

/**
 * A word-level diff of two texts: removed words struck through, added words underlined, with
 * visually hidden labels so a screen reader says which is which.
 */
export function TextDiff({ before, after, removedLabel, addedLabel }: { before: string; after: string; removedLabel: string; addedLabel: string }) {
  return (
    <p className="whitespace-pre-wrap">
      {diffWords(before, after).map((part, i) =>
        part.added ? (
          <ins key={i} className="bg-green-100 text-green-900 underline">
            <span className="sr-only">{addedLabel} </span>
            {part.value}
          </ins>
        ) : part.removed ? (
          <del key={i} className="bg-red-100 text-red-900 line-through">
            <span className="sr-only">{removedLabel} </span>
            {part.value}
          </del>
        ) : (
          <span key={i}>{part.value}</span>
        ),
      )}
    </p>
  );
}
