'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, type FormEvent } from 'react';
import type { ActionResult } from '@/lib/action';

/**
 * Cancels a form's submission unless the person confirms `question` (no question: goes ahead).
 * Without JavaScript there is no dialog and the form posts as it is.
 */
export function confirmOrCancel(event: FormEvent<HTMLFormElement>, question: string | undefined): void {
  if (question && !window.confirm(question)) event.preventDefault();
}

/** One button posting a few hidden fields to a server action, with its error shown beside it. */
export function ActionButton<R extends ActionResult<object, object>>({
  action,
  fields,
  label,
  className,
  lang,
  confirm,
}: {
  action: (prev: R | null, formData: FormData) => Promise<R>;
  fields: Record<string, string | number>;
  label: string;
  className?: string;
  /** The language of the label, when it is not the page's (a language switch). */
  lang?: string;
  /** Asked first, for what cannot be undone (a delete); cancelling sends nothing. */
  confirm?: string;
}) {
  const te = useTranslations();
  const router = useRouter();
  const [state, formAction, pending] = useActionState<R | null, FormData>(action, null);
  // Show what the action changed (admin pages are rendered per request).
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  return (
    <form action={formAction} onSubmit={(e) => confirmOrCancel(e, confirm)} className="inline-block">
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
