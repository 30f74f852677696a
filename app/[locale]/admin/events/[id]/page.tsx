import type { Metadata } from 'next';
import { EntryEditRoute, entryEditMetadata } from '@/components/admin/entry-edit-route';

type Props = PageProps<'/[locale]/admin/events/[id]'>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  return entryEditMetadata(props, 'event');
}

export default async function EditEventPage(props: Props) {
  return EntryEditRoute(props, 'event');
}
