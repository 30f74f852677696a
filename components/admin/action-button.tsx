'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect } from 'react';
import type { ActionResult } from '@/lib/action';

/** One button posting a few hidden fields to a server action, with its error shown beside it. */
export function ActionButton<R extends ActionResult<object, object>>({
  action,
  fields,
  label,
  className,
  lang,
}: {
  action: (prev: R | null, formData: FormData) => Promise<R>;
  fields: Record<string, string | number>;
  label: string;
  className?: string;
  /** The language of the label, when it is not the page's (a language switch). */
  lang?: string;
}) {
  const te = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState<R | null, FormData>(action, null);
  // Show what the action changed (admin pages are rendered per request).
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} className="inline-block">
      {Object.entries(fields).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      <button type="submit" disabled={pending} lang={lang} className={className ?? 'rounded border border-gray-700 px-3 py-1.5 disabled:opacity-70'}>
        {label}
      </button>
      {state && !state.ok ? (
        <p role="alert" className="mt-1 text-red-800">
          {te(state.error)}
        </p>
      ) : null}
    </form>
  );
}
