import { EntryRevisionsPage } from '../../../stories/[id]/revisions/page';

export { generateMetadata } from '../../../stories/[id]/revisions/page';

export default async function PageRevisionsPage(props: PageProps<'/[locale]/admin/pages/[id]/revisions'>) {
  return EntryRevisionsPage(props, 'page');
}
