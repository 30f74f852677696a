import type { Metadata } from 'next';
import { EntryEditRoute, entryEditMetadata } from '@/components/admin/entry-edit-route';

type Props = PageProps<'/[locale]/admin/pages/[id]'>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  return entryEditMetadata(props, 'page');
}

export default async function EditPagePage(props: Props) {
  return EntryEditRoute(props, 'page');
}
