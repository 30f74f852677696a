'use client';

import { useTranslations } from 'next-intl';
import { useActionState, useState } from 'react';
import { TextField } from '@/components/ui/text-field';
import { updateMediaAction } from '@/lib/actions/update-media';
import { FormError, FormStatus } from './form-feedback';

type Text = { alt: string; caption: string; creditBy: string; creditPlace: string };
const FIELDS = ['alt', 'caption', 'creditBy', 'creditPlace'] as const;

/** Alt text, caption and credit words per locale, and the credit date, saved together. */
export function MediaEditForm({
  mediaId,
  creditDate,
  text,
  languages,
}: {
  mediaId: number;
  creditDate: string;
  text: Record<'en' | 'ru', Text>;
  /** Locale → its name in the interface's language. */
  languages: { locale: 'en' | 'ru'; name: string }[];
}) {
  const t = useTranslations('Media');
  const te = useTranslations();
  const [state, formAction, pending] = useActionState(updateMediaAction, null);
  // Controlled, so a refused save keeps what was typed.
  const [values, setValues] = useState(() => ({
    creditDate,
    ...Object.fromEntries(languages.flatMap(({ locale }) => FIELDS.map((f) => [`${f}.${locale}`, text[locale][f]]))),
  }) as Record<string, string>);
  const set = (name: string) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [name]: e.target.value }));
  const fieldErrors = state && !state.ok ? (state.fieldErrors ?? {}) : {};
  const error = (path: string) => (fieldErrors[path] ? te(fieldErrors[path]) : undefined);
  return (
    <form action={formAction} noValidate className="space-y-6">
      <input type="hidden" name="mediaId" value={mediaId} />
      {state?.ok ? <FormStatus>{t('saved')}</FormStatus> : null}
      {state && !state.ok ? <FormError>{te(state.error)}</FormError> : null}
      <div className="grid gap-6 md:grid-cols-2">
        {languages.map(({ locale, name }) => (
          <fieldset key={locale} className="space-y-4 rounded border border-gray-300 p-4">
            <legend className="px-1 text-lg font-semibold">
              {t('textHeading', { language: name })}
            </legend>
            <TextField lang={locale} name={`alt.${locale}`} label={t('alt')} hint={t('altHint')} value={values[`alt.${locale}`]} onChange={set(`alt.${locale}`)} error={error(`text.${locale}.alt`)} />
            <TextField lang={locale} name={`caption.${locale}`} label={t('caption')} value={values[`caption.${locale}`]} onChange={set(`caption.${locale}`)} error={error(`text.${locale}.caption`)} />
            <TextField lang={locale} name={`creditBy.${locale}`} label={t('creditBy')} value={values[`creditBy.${locale}`]} onChange={set(`creditBy.${locale}`)} error={error(`text.${locale}.creditBy`)} />
            <TextField lang={locale} name={`creditPlace.${locale}`} label={t('creditPlace')} value={values[`creditPlace.${locale}`]} onChange={set(`creditPlace.${locale}`)} error={error(`text.${locale}.creditPlace`)} />
          </fieldset>
        ))}
      </div>
      <TextField name="creditDate" label={t('creditDate')} hint={t('creditDateHint')} value={values.creditDate} onChange={set('creditDate')} error={error('creditDate')} className="max-w-xs" />
      <button type="submit" disabled={pending} className="rounded bg-blue-800 px-4 py-2 font-semibold text-white disabled:opacity-70">
        {t('save')}
      </button>
    </form>
  );
}
