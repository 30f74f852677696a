import { getTranslations } from 'next-intl/server';
import type { SearchHit } from '@/db/queries/search';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import type { SnippetPart } from '@/lib/search/stems';

/** Text with the query's words marked (as text: never HTML). */
function Marked({ parts }: { parts: SnippetPart[] }) {
  return parts.map((part, i) => (part.hit ? <mark key={i}>{part.text}</mark> : <span key={i}>{part.text}</span>));
}

/** One search result: what it is, its title linked, and the text around the words searched for. */
export async function SearchResultItem({ hit, locale }: { hit: SearchHit; locale: Locale }) {
  const [t, tk, td, tt] = await Promise.all([
    getTranslations({ locale, namespace: 'Search' }),
    getTranslations({ locale, namespace: 'Kinds' }),
    getTranslations({ locale, namespace: 'DocumentTypes' }),
    getTranslations({ locale, namespace: 'EntryTypes' }),
  ]);
  // A document links its file in the reader's language, or says which language it has.
  const other = hit.kind === 'document' && !hit.link.file ? Object.entries(hit.link.files)[0] : undefined;
  const url = hit.kind === 'story' ? hit.path : (hit.link.file?.url ?? other?.[1].url ?? `/${locale}/resources`);
  const label = hit.kind === 'document' ? td(hit.documentType) : hit.entryType === 'story' ? tk(hit.storyKind) : tt(hit.entryType);
  const languageName = (l: string) => new Intl.DisplayNames([locale], { type: 'language' }).of(l) ?? l;
  return (
    <article className="border-b border-gray-200 py-4">
      <p className="text-sm text-gray-700">
        <span className="font-semibold uppercase tracking-wide">{label}</span>
        {hit.kind === 'document' ? ` · ${hit.year}` : hit.entryType === 'story' ? (
          <>
            {' · '}
            <time dateTime={hit.publishedAt.toISOString()}>{formatDate(hit.publishedAt, locale)}</time>
          </>
        ) : null}
        {hit.kind === 'document' ? ` · ${t('pdf')}` : null}
      </p>
      <h3 className="mt-1 text-lg font-semibold">
        <a href={url} className="hover:underline" {...(other ? { hrefLang: other[0] } : {})}>
          <Marked parts={hit.title} />
        </a>
      </h3>
      {other ? <p className="text-sm text-gray-700">{t('onlyIn', { language: languageName(other[0]) })}</p> : null}
      {hit.snippet.parts.length > 0 ? (
        <p className="mt-1 text-gray-800">
          {hit.snippet.cutStart ? '… ' : null}
          <Marked parts={hit.snippet.parts} />
          {hit.snippet.cutEnd ? ' …' : null}
        </p>
      ) : null}
    </article>
  );
}
