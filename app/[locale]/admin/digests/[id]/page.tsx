import type { Metadata } from 'next';
import { EntryEditRoute, entryEditMetadata } from '@/components/admin/entry-edit-route';

type Props = PageProps<'/[locale]/admin/digests/[id]'>;

export async function generateMetadata(props: Props): Promise<Metadata> {
  return entryEditMetadata(props, 'digest');
}

export default async function EditDigestPage(props: Props) {
  return EntryEditRoute(props, 'digest');
}
