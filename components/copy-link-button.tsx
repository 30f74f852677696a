'use client';

import { useState, useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

/**
 * Copies the page's address. Only JavaScript can make such a button work, so the server renders
 * nothing for it: without JavaScript the share links beside it still work.
 */
export function CopyLinkButton({ url, label, copied }: { url: string; label: string; copied: string }) {
  const [done, setDone] = useState(false);
  // True in the browser, false on the server and during hydration.
  const interactive = useSyncExternalStore(noSubscription, () => true, () => false);
  if (!interactive) return null;
  return (
    <button
      type="button"
      onClick={() => {
        void navigator.clipboard?.writeText(url).then(() => setDone(true));
      }}
      className="rounded border border-gray-600 px-2 py-1 text-sm"
    >
      <span aria-live="polite">{done ? copied : label}</span>
    </button>
  );
}
