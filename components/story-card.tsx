import { getTranslations } from 'next-intl/server';
import type { StoryCard as StoryCardData } from '@/db/queries/stories';
import type { Locale } from '@/i18n/routing';
import { formatDate } from '@/lib/format';
import { ResponsiveImage } from './responsive-image';

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
    <article className={`${featured ? 'rounded border-l-4 border-brand bg-gray-50 p-5' : 'border-b border-gray-200 py-4'} flex gap-4`}>
      <div className="min-w-0 flex-1">
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
      </div>
      {story.thumbnail ? (
        // Beside the linked title the picture adds nothing a screen reader needs: decorative
        // (its alt text is read on the story page). Lazy, and sized so the 320 px variant is enough.
        <ResponsiveImage
          image={story.thumbnail}
          alt=""
          sizes={featured ? '(min-width: 40rem) 14rem, 6rem' : '(min-width: 40rem) 10rem, 6rem'}
          className={`${featured ? 'w-24 sm:w-56' : 'w-24 sm:w-40'} h-auto shrink-0 self-start rounded`}
        />
      ) : null}
    </article>
  );
}
