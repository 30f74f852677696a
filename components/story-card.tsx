import { getTranslations } from 'next-intl/server';
import type { StoryCard as StoryCardData } from '@/db/queries/stories';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';

export async function StoryCard({
  story,
  locale,
  headingLevel = 'h2',
  featured = false,
}: {
  story: StoryCardData;
  locale: Locale;
  headingLevel?: 'h2' | 'h3';
  featured?: boolean;
}) {
  const t = await getTranslations({ locale, namespace: 'Kinds' });
  const Heading = headingLevel;
  return (
    <article className={featured ? 'rounded border-l-4 border-brand bg-gray-50 p-5' : 'border-b border-gray-200 py-4'}>
      <p className="text-sm text-gray-700">
        <span className="font-semibold uppercase tracking-wide">{t(story.kind)}</span>
        {' · '}
        <time dateTime={story.publishedAt.toISOString()}>{formatDate(story.publishedAt, locale)}</time>
        {story.dateline ? ` · ${story.dateline}` : null}
      </p>
      <Heading className={featured ? 'mt-1 text-2xl font-bold' : 'mt-1 text-xl font-semibold'}>
        <a href={`/${locale}/news/${story.slug}`} className="hover:underline">
          {story.title}
        </a>
      </Heading>
      {story.summary ? <p className="mt-2 text-gray-800">{story.summary}</p> : null}
    </article>
  );
}
