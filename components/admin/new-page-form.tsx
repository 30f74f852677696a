'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { PageSection } from '@/db/schema';
import type { Locale } from '@/i18n/routing';
import type { ErrorKey } from '@/lib/action';
import { createPageAction } from '@/lib/actions/create-page';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { submitKeepingValues } from './submit-keeping-values';

/** Starts a page of a section: its title in the language it is written in, and where it goes. */
export function NewPageForm({ locale, section, parentOptions }: { locale: Locale; section: PageSection; parentOptions: { id: number; title: string; depth: number }[] }) {
  const t = useTranslations('PagesAdmin');
  const te = useTranslations();
  const [state, action, pending] = useActionState(createPageAction, null);
  const fieldErrors: Record<string, ErrorKey> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = (name: string) => (fieldErrors[name] ? te(fieldErrors[name]) : undefined);
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="mt-4 max-w-xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="section" value={section} />
      {state && !state.ok ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {te(state.error)}
        </p>
      ) : null}
      <TextField name="title" label={t('newTitle')} required error={err('title')} />
      <SelectField
        id="new-page-parent"
        name="parentId"
        label={t('newParent')}
        options={[{ value: '', label: t('topLevel') }, ...parentOptions.map((o) => ({ value: String(o.id), label: `${'— '.repeat(o.depth)}${o.title}` }))]}
        error={err('parentId')}
      />
      <fieldset>
        <legend className="font-semibold">{t('sourceLocale')}</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="sourceLocale" value="en" defaultChecked /> {t('en')}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="sourceLocale" value="ru" /> {t('ru')}
        </label>
      </fieldset>
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {t('create')}
      </button>
    </form>
  );
}
