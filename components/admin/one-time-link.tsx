'use client';

import { useTranslations } from 'next-intl';
import { useId, useState } from 'react';

/** The one-time link, shown once: selectable, copyable, with what it is good for. */
export function OneTimeLink({ link }: { link: string }) {
  const t = useTranslations('Users');
  const id = useId();
  const [copied, setCopied] = useState(false);
  return (
    <div className="mt-2">
      <label htmlFor={id} className="block font-semibold">
        {t('linkLabel')}
      </label>
      <div className="mt-1 flex flex-wrap gap-2">
        <input
          id={id}
          type="text"
          readOnly
          value={link}
          aria-describedby={`${id}-hint`}
          onFocus={(e) => e.currentTarget.select()}
          className="min-w-0 flex-1 rounded border border-gray-500 bg-white px-3 py-2 font-mono text-sm"
        />
        <button
          type="button"
          className="rounded border border-gray-700 bg-white px-3 py-2"
          onClick={() => {
            navigator.clipboard?.writeText(link).then(
              () => setCopied(true),
              () => setCopied(false),
            );
          }}
        >
          {t('copy')}
        </button>
      </div>
      <p id={`${id}-hint`} className="mt-1 text-sm">
        {t('linkHint')} {copied ? t('copied') : null}
      </p>
    </div>
  );
}
