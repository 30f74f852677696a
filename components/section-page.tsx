import { getTranslations } from 'next-intl/server';
import { RichText } from '@/components/rich-text';
import type { PageView, SectionNavItem } from '@/db/queries/pages';
import type { PageSection } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import { storyDocumentCards } from '@/lib/documents/story-cards';
import { storyRefCards } from '@/lib/story-refs/cards';
import { sectionPagePath } from '@/lib/entry-types';
import { formatDate } from '@/lib/format';
import { figureImages } from '@/lib/media/figure-images';
import { bodyMediaIds } from '@/lib/rich-text';

/**
 * One page of a section: its text, and beside it (below it on a phone) the section's pages as a
 * nested list of plain links, the current one marked.
 */
export async function SectionPage({ section, locale, page, nav, banner }: { section: PageSection; locale: Locale; page: PageView; nav: SectionNavItem[]; banner?: React.ReactNode }) {
  const [t, images, documents, storyRefs] = await Promise.all([
    getTranslations({ locale, namespace: 'Section' }),
    figureImages(bodyMediaIds(page.body), locale),
    storyDocumentCards(page.body, locale),
    storyRefCards(page.body, locale),
  ]);
  return (
    <div className="grid gap-8 md:grid-cols-[16rem_1fr]">
      <nav aria-labelledby="section-nav-heading" className="md:order-first">
        <h2 id="section-nav-heading" className="text-sm font-semibold uppercase tracking-wide text-gray-700">
          {t(`name.${section}`)}
        </h2>
        <SectionNavList items={nav} parentId={null} currentId={page.id} section={section} locale={locale} />
        {/* The process's meetings and their documents are listed from the events and the library, not written as pages. */}
        <ul className="mt-1">
          <li>
            <a href={`/${locale}/${section}/events`}>{t('events')}</a>
          </li>
          <li>
            <a href={`/${locale}/${section}/documents`}>{t('documents')}</a>
          </li>
        </ul>
      </nav>
      <article className="min-w-0">
        {banner}
        <h1 className="text-3xl font-bold leading-tight sm:text-4xl">{page.title}</h1>
        {page.summary ? <p className="mt-4 text-xl leading-relaxed text-gray-800">{page.summary}</p> : null}
        <RichText doc={page.body} images={images} documents={documents} storyRefs={storyRefs} className="prose-story mt-6 max-w-prose text-lg leading-relaxed" />
        <p className="mt-10 text-sm text-gray-700">
          {t('updated')} <time dateTime={page.updatedAt.toISOString()}>{formatDate(page.updatedAt, locale)}</time>
        </p>
      </article>
    </div>
  );
}

function SectionNavList({ items, parentId, currentId, section, locale }: { items: SectionNavItem[]; parentId: number | null; currentId: number; section: PageSection; locale: Locale }) {
  // The flattened tree read back level by level: a node's children are the items whose depth is
  // one more and whose nearest earlier shallower item is it.
  const level = childrenOf(items, parentId);
  if (level.length === 0) return null;
  return (
    <ul className={parentId === null ? 'mt-2 space-y-1' : 'mt-1 space-y-1 border-l border-gray-300 pl-3'}>
      {level.map((item) => (
        <li key={item.id}>
          <a
            href={sectionPagePath(section, locale, item)}
            aria-current={item.id === currentId ? 'page' : undefined}
            className={item.id === currentId ? 'font-semibold text-gray-900 no-underline' : undefined}
          >
            {item.title}
          </a>
          <SectionNavList items={items} parentId={item.id} currentId={currentId} section={section} locale={locale} />
        </li>
      ))}
    </ul>
  );
}

/** The items directly under `parentId` in a flattened tree (depth-first order with depths). */
function childrenOf(items: SectionNavItem[], parentId: number | null): SectionNavItem[] {
  const index = parentId === null ? -1 : items.findIndex((i) => i.id === parentId);
  if (parentId !== null && index < 0) return [];
  const depth = index < 0 ? 0 : (items[index]?.depth ?? 0) + 1;
  const out: SectionNavItem[] = [];
  for (const item of items.slice(index + 1)) {
    if (item.depth < depth) break;
    if (item.depth === depth) out.push(item);
  }
  return out;
}
