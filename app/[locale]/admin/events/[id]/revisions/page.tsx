import { EntryRevisionsPage } from '../../../stories/[id]/revisions/page';

export { generateMetadata } from '../../../stories/[id]/revisions/page';

export default async function EventsRevisionsPage(props: PageProps<'/[locale]/admin/events/[id]/revisions'>) {
  return EntryRevisionsPage(props, 'event');
}
