'use client';

import { useTranslations } from 'next-intl';
import { useActionState } from 'react';
import type { Locale } from '@/i18n/routing';
import type { ErrorKey } from '@/lib/action';
import { createEntryAction } from '@/lib/actions/create-entry';
import { SelectField } from '../ui/select-field';
import { TextField } from '../ui/text-field';
import { submitKeepingValues } from './submit-keeping-values';

type CreatableType = 'event' | 'country' | 'digest';

/** Starts an event, a country page or a digest issue: its title and what it cannot be without. */
export function NewEntryForm({ locale, type, countryOptions }: { locale: Locale; type: CreatableType; countryOptions: { code: string; name: string }[] }) {
  const t = useTranslations('EntriesAdmin');
  const te = useTranslations();
  const tEvent = useTranslations('EventAdmin');
  const tCountry = useTranslations('CountryAdmin');
  const tDigest = useTranslations('DigestAdmin');
  const [state, action, pending] = useActionState(createEntryAction, null);
  const fieldErrors: Record<string, ErrorKey> = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const err = (...names: string[]) => names.map((n) => fieldErrors[n]).find(Boolean);
  const message = (...names: string[]) => {
    const key = err(...names);
    return key ? te(key) : undefined;
  };
  return (
    <form action={action} onSubmit={submitKeepingValues(action)} noValidate className="mt-4 max-w-xl space-y-4">
      <input type="hidden" name="locale" value={locale} />
      <input type="hidden" name="type" value={type} />
      {state && !state.ok ? (
        <p role="alert" className="rounded border border-red-700 bg-red-50 p-3 text-red-800">
          {te(state.error)}
        </p>
      ) : null}
      <TextField name="title" label={t('newTitle')} required error={message('title')} />
      {type === 'event' ? (
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField name="eventStartDate" type="date" label={tEvent('startDate')} required error={message('eventStartsAt')} />
          <TextField name="eventStartTime" type="time" label={tEvent('startTime')} hint={tEvent('timeHint')} />
        </div>
      ) : type === 'country' ? (
        <SelectField id="new-country-code" name="countryCode" label={tCountry('country')} options={countryOptions.map((c) => ({ value: c.code, label: c.name }))} error={message('countryCode')} />
      ) : (
        <TextField name="issueMonth" type="month" label={tDigest('month')} hint={tDigest('monthHint')} required error={message('issueMonth')} className="max-w-sm" />
      )}
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
