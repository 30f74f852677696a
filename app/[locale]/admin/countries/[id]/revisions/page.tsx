import { EntryRevisionsPage } from '../../../stories/[id]/revisions/page';

export { generateMetadata } from '../../../stories/[id]/revisions/page';

export default async function CountriesRevisionsPage(props: PageProps<'/[locale]/admin/countries/[id]/revisions'>) {
  return EntryRevisionsPage(props, 'country');
}
