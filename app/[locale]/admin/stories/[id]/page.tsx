import type { Metadata } from 'next';
import { hasLocale } from 'next-intl';
import { getTranslations } from 'next-intl/server';
import { EntryEditRoute } from '@/components/admin/entry-edit-route';
import { getEditableStory } from '@/db/queries/admin-stories';
import { routing } from '@/i18n/routing';
import { ALL_ROLES, getCurrentUser, hasRole } from '@/lib/authz';
import { parseEntryId } from '@/lib/entry-types';

type Props = PageProps<'/[locale]/admin/stories/[id]'>;

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { locale, id } = await params;
  if (!hasLocale(routing.locales, locale)) return {};
  const t = await getTranslations({ locale, namespace: 'StoryAdmin' });
  // Metadata is resolved apart from the page: check who is asking here too before reading the
  // story, so an anonymous request never loads (or titles its redirect with) an unpublished story.
  const user = await getCurrentUser();
  if (!hasRole(user, ALL_ROLES)) return { title: t('heading') };
  const storyId = parseEntryId(id);
  const story = storyId ? getEditableStory(storyId) : null;
  return { title: story?.translations[story.sourceLocale]?.title ?? t('heading') };
}

export default async function EditStoryPage(props: Props) {
  return EntryEditRoute(props, 'story');
}
