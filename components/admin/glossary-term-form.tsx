'use client';

import { useTranslations } from 'next-intl';
import { useRouter } from 'next/navigation';
import { useActionState, useEffect, useId } from 'react';
import { saveGlossaryTermAction } from '@/lib/actions/save-glossary-term';

type Term = { id: number; en: string; ru: string; note: string };

/** Adds a term pair, or (given a term) edits one; the inputs are labelled per row. */
export function GlossaryTermForm({ term }: { term?: Term }) {
  const t = useTranslations('Glossary');
  const te = useTranslations();
  const router = useRouter();
  const uid = useId();
  const [state, action, pending] = useActionState(saveGlossaryTermAction, null);
  useEffect(() => {
    if (state?.ok) router.refresh();
  }, [state, router]);
  const errors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const label = (name: string) => (term ? t('fieldFor', { field: t(name as 'en'), term: term.en }) : t(name as 'en'));
  const field = (name: 'en' | 'ru' | 'note', lang?: string) => (
    <div className="min-w-40 flex-1">
      <label htmlFor={`${uid}-${name}`} className={term ? 'sr-only' : 'block text-sm font-semibold'}>
        {label(name)}
      </label>
      <input
        id={`${uid}-${name}`}
        name={name}
        lang={lang}
        defaultValue={term?.[name] ?? ''}
        required={name !== 'note'}
        aria-invalid={errors[name] ? true : undefined}
        className="mt-1 w-full rounded border border-gray-500 px-2 py-1.5"
      />
      {errors[name] ? <p className="mt-1 text-sm text-red-800">{te(errors[name])}</p> : null}
    </div>
  );
  return (
    <form action={action} className="flex flex-wrap items-end gap-2">
      {term ? <input type="hidden" name="id" value={term.id} /> : null}
      {field('en', 'en')}
      {field('ru', 'ru')}
      {field('note')}
      <button type="submit" disabled={pending} className="rounded bg-brand px-3 py-1.5 font-semibold text-white disabled:opacity-70">
        {term ? t('saveFor', { term: term.en }) : t('add')}
      </button>
      {state && !state.ok && !state.fieldErrors ? (
        <p role="alert" className="w-full text-red-800">
          {te(state.error)}
        </p>
      ) : null}
      {state?.ok && !term ? (
        <p role="status" className="w-full text-green-900">
          {t('added')}
        </p>
      ) : null}
    </form>
  );
}
