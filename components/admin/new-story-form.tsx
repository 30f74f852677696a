'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { Locale } from '@/i18n/routing';
import { createStoryAction } from '@/lib/actions/create-story';
import { TextField } from '../ui/text-field';
import { submitKeepingValues } from './submit-keeping-values';

export function NewStoryForm({ locale }: { locale: Locale }) {
  const t = useTranslations('NewStory');
  const te = useTranslations();
  const [state, action, pending] = useActionState(createStoryAction, null);
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="mt-6 max-w-xl space-y-5">
      <input type="hidden" name="locale" value={locale} />
      {state && !state.ok ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {te(state.error)}
        </p>
      ) : null}
      <fieldset>
        <legend className="font-semibold">{t('kind')}</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="kind" value="story" defaultChecked /> {t('story')}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="kind" value="press_release" /> {t('pressRelease')}
        </label>
      </fieldset>
      <fieldset>
        <legend className="font-semibold">{t('sourceLocale')}</legend>
        <label className="mr-4 inline-flex items-center gap-1">
          <input type="radio" name="sourceLocale" value="en" defaultChecked /> {t('en')}
        </label>
        <label className="inline-flex items-center gap-1">
          <input type="radio" name="sourceLocale" value="ru" /> {t('ru')}
        </label>
      </fieldset>
      <TextField name="title" label={t('title')} required error={fieldErrors.title ? te(fieldErrors.title) : undefined} />
      <button type="submit" disabled={pending} className="rounded bg-brand px-4 py-2 font-semibold text-white disabled:opacity-70">
        {t('create')}
      </button>
    </form>
  );
}
