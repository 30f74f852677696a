import { EntryRevisionsPage } from '../../../stories/[id]/revisions/page';

export { generateMetadata } from '../../../stories/[id]/revisions/page';

export default async function DigestsRevisionsPage(props: PageProps<'/[locale]/admin/digests/[id]/revisions'>) {
  return EntryRevisionsPage(props, 'digest');
}
