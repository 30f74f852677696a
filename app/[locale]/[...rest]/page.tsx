import { notFound } from 'next/navigation';

// Any path no route matches lands here, so that it gets the localized not-found page.
export default function CatchAllPage() {
  notFound();
}
