import type { Metadata } from 'next';
import { EntryEditRoute, entryEditMetadata } from '@/components/admin/entry-edit-route';

type Props = PageProps<'/[locale]/admin/countries/[id]'>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  return entryEditMetadata(props, 'country');
}

export default async function EditCountryPage(props: Props) {
  return EntryEditRoute(props, 'country');
}
